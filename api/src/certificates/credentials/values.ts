/** An xsd:dateTime in UTC without milliseconds, e.g. `2026-05-01T09:30:00Z`. */
export function toDateTime(value: Date | string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date: ${String(value)}`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function assertUrl(value: string, field: string): void {
  if (!URL.canParse(value)) throw new Error(`${field} must be an absolute URL, got "${value}"`);
}
