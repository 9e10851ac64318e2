/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, Z, S, V);
 * the last is a check character over the first 17 with weights 3^i mod 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

export type CreditCodeProblem = 'length' | 'characters' | 'check_digit';

export function checkCreditCode(raw: string): { ok: true; code: string } | { ok: false; problem: CreditCodeProblem; message: string } {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) return { ok: false, problem: 'length', message: '统一社会信用代码应为18位' };
  if (![...code].every((c) => ALPHABET.includes(c))) return { ok: false, problem: 'characters', message: '统一社会信用代码含有无效字符' };
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return { ok: false, problem: 'check_digit', message: '统一社会信用代码校验位不正确' };
  return { ok: true, code };
}
