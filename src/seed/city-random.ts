import { createHash } from 'node:crypto';
import { Types } from 'mongoose';

/**
 * Deterministic randomness for the city seed. Every draw comes from a generator keyed by what it
 * is for ("enterprise:42", "attempt:…"), so the same key gives the same data on every run and on
 * every machine, whatever else was drawn before it: a resumed run rebuilds exactly the documents
 * the killed one would have written, and skipping a phase shifts nothing in the next one.
 */

/** Bumping it changes every seeded key and value (a new city, not a continuation of the old one). */
export const CITY_SEED_NAMESPACE = 'harmony-city-v1';

const digest = (key: string) => createHash('sha256').update(`${CITY_SEED_NAMESPACE}:${key}`).digest();

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One of the entries, each as likely as its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  shuffle<T>(items: readonly T[]): T[];
}

/** sfc32 seeded from the key's hash: fast, well mixed, and plenty for sample data. */
export function rngFor(key: string): Rng {
  const seed = digest(key);
  let a = seed.readUInt32LE(0);
  let b = seed.readUInt32LE(4);
  let c = seed.readUInt32LE(8);
  let d = seed.readUInt32LE(12);
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // The first outputs of sfc32 still echo the seed words.
  for (let i = 0; i < 12; i++) next();
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted(entries) {
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let roll = next() * total;
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
    shuffle(items) {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
  return rng;
}

/**
 * An ObjectId that is the same on every run: the creation time in its first four bytes (as the
 * driver would write it, so sorting by _id still follows time) and the key's hash after it.
 */
export function seededObjectId(key: string, createdAt: Date): Types.ObjectId {
  const bytes = Buffer.alloc(12);
  bytes.writeUInt32BE(Math.floor(createdAt.getTime() / 1000), 0);
  digest(`id:${key}`).copy(bytes, 4, 0, 8);
  return new Types.ObjectId(bytes);
}

/** A code over `alphabet` that is the same on every run for the key. */
export function seededCode(key: string, length: number, alphabet: string): string {
  const bytes = digest(`code:${key}`);
  let code = '';
  for (let i = 0; i < length; i++) code += alphabet[bytes.readUInt16LE(i * 2) % alphabet.length];
  return code;
}
