/**
 * Words a broadcast must not carry before an admin may approve it: a starting list for public
 * notices (gambling, fraud, pyramid selling, contraband), extended by SENSITIVE_WORDS. A match is
 * a plain substring, case-insensitive: over-flagging asks an editor to look again, under-flagging
 * would publish it.
 */
export const DEFAULT_SENSITIVE_WORDS: readonly string[] = ['赌博', '博彩', '六合彩', '代开发票', '刷单', '传销', '非法集资', '高利贷', '套现', '枪支', '毒品', '色情', '办证'];

export function findSensitiveWords(texts: readonly (string | null | undefined)[], words: readonly string[]): string[] {
  const haystack = texts.filter(Boolean).join('\n').toLowerCase();
  return [...new Set(words.filter((w) => w && haystack.includes(w.toLowerCase())))];
}
