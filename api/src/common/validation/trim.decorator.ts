import { Transform } from 'class-transformer';

/** Leading and trailing spaces removed before validation (names, e-mails, reasons typed by people). */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
