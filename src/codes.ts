import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: codes are read off paper and typed on phones. 31^8 ≈ 8.5e11 codes. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A random code from a cryptographic source (binding codes, certificate verification codes). */
export function generateCode(length: number, alphabet = CODE_ALPHABET): string {
  let code = '';
  for (let i = 0; i < length; i++) code += alphabet[randomInt(alphabet.length)];
  return code;
}
