import { maskPhone } from './logger';

export { maskPhone };

/** 张三丰 → 张*丰, 李四 → 李*, 欧阳娜娜 → 欧**娜 */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** Fields never kept in a record others read (audit log): a binding code lets anyone become that person. */
const SECRET_FIELDS = new Set(['bindCode', 'passwordHash']);

/** A deep copy with every `phone` masked and binding codes and password hashes left out (audit records). */
export function redactDeep<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => redactDeep(v)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date) && value.constructor === Object) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !SECRET_FIELDS.has(k))
        .map(([k, v]) => [k, k === 'phone' && typeof v === 'string' ? maskPhone(v) : redactDeep(v)]),
    ) as T;
  }
  return value;
}
