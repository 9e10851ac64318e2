import { creditCodeCheckChar } from '../people/credit-code';
import type { Rng } from './city-random';

/**
 * Identifiers of seeded people and enterprises that are unique by construction: each is built
 * from the entity's index through a bijection, so no two indexes share one and no set of
 * "already used" values has to be kept (or read back on a resumed run).
 */

/** The characters a credit code may hold (GB 32100-2015: no I, O, Z, S, V). */
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** 组织机构代码 check character (GB 11714): weights over the eight body characters, mod 11. */
function organisationCheckChar(body: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body[i];
    sum += (c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55) * weights[i];
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** n ↦ (n·a + b) mod m is a bijection on [0, m) when a and m share no factor. */
const scramble = (n: number, a: number, b: number, m: number) => Number((BigInt(n) * BigInt(a) + BigInt(b)) % BigInt(m));

const ORG_SPACE = 31 ** 5;
/** Older firms kept their numeric 组织机构代码 inside the credit code; these are common prefixes. */
const NUMERIC_ORG_PREFIXES = ['144', '254', '662', '679', '730', '758', '761', '784', '793'];

/**
 * A 统一社会信用代码 for the n-th enterprise (n < 100,000): 9 (registered with market regulation),
 * 1 (enterprise), the district's division code, a 组织机构代码 with its own check character, and
 * the credit code's check character. Firms registered since late 2015 carry the "MA…" form.
 */
export function seededCreditCode(n: number, division: string, registeredSince2015: boolean): string {
  let body: string;
  if (registeredSince2015) {
    let v = scramble(n, 7919, 104_729, ORG_SPACE);
    let tail = '';
    for (let i = 0; i < 5; i++, v = Math.floor(v / 31)) tail = CREDIT_ALPHABET[v % 31] + tail;
    body = `MA2${tail}`;
  } else {
    body = NUMERIC_ORG_PREFIXES[n % NUMERIC_ORG_PREFIXES.length] + String(scramble(n, 7919, 31_337, 100_000)).padStart(5, '0');
  }
  const first17 = `91${division}${body}${organisationCheckChar(body)}`;
  return first17 + creditCodeCheckChar(first17)!;
}

/** Mobile prefixes of the three carriers: 13x, 15x (no 154) and 18x. */
const MOBILE_PREFIXES = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189'];

/** A well-mixed 32-bit hash of a half and the round (murmur3's finaliser). */
function roundHash(half: number, round: number): number {
  let h = Math.imul(half ^ Math.imul(round + 1, 0x9e3779b9), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A bijection on [0, 10^8) that scatters neighbours: a four-round Feistel network over two four-digit halves. */
function scatter8(n: number): number {
  let left = Math.floor(n / 10_000);
  let right = n % 10_000;
  for (let round = 0; round < 4; round++) [left, right] = [right, (left + roundHash(right, round)) % 10_000];
  return left * 10_000 + right;
}

const LOW = 10_000;

/**
 * The p-th seeded person's mobile number. The last eight digits are a bijection of p, so numbers
 * never repeat whatever prefix is drawn, and they never start 0000 (cycle-walking on
 * [10^4, 10^8)), which keeps them clear of the demo's 13800000001.
 */
export function seededPhone(p: number, rng: Rng): string {
  let suffix = scatter8(p + LOW);
  while (suffix < LOW) suffix = scatter8(suffix);
  return rng.pick(MOBILE_PREFIXES) + String(suffix).padStart(8, '0');
}
