import { createHash } from 'node:crypto';

/** The value with every object's keys in order: equal content gives equal JSON. */
export const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
};

/** SHA-256 of a value's JSON with keys sorted: equal content gives an equal hash. */
export const stableHash = (value: unknown) => createHash('sha256').update(JSON.stringify(sortKeys(value))).digest('hex');
