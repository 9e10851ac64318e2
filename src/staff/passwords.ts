import bcrypt from 'bcryptjs';

// Cost 10 is ~70 ms here: slow for a guesser, quick enough for a person signing in.
const COST = 10;

export const hashPassword = (password: string) => bcrypt.hash(password, COST);
export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);
