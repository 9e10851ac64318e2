import { maskPhone } from './logger';

export { maskPhone };

/** 张三丰 → 张*丰, 李四 → 李*, 欧阳娜娜 → 欧**娜 */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** A deep copy with every `phone` field masked (for audit records and viewer lists). */
export function maskPhonesDeep<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => maskPhonesDeep(v)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date) && value.constructor === Object) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, k === 'phone' && typeof v === 'string' ? maskPhone(v) : maskPhonesDeep(v)]),
    ) as T;
  }
  return value;
}
