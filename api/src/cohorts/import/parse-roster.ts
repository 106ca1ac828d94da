import Papa from 'papaparse';
import { normalizeEmail } from '../../users/users.service.js';
import { decodeCsv } from './csv-decode.js';
import { fieldOfHeading, type ImportField } from './csv-columns.js';

export const MAX_ROWS = 10_000;

export type RowProblemCode = 'missingName' | 'nameTooLong' | 'badEmail' | 'duplicateEmail';

export interface RosterRow {
  /** The line in the file (the heading is line 1). */
  line: number;
  displayName: string;
  email: string;
  problems: { field: ImportField; code: RowProblemCode }[];
}

export type FileProblemCode = 'empty' | 'missingColumns' | 'tooManyRows';

export type Roster = { rows: RosterRow[]; fileProblem?: undefined } | { rows: []; fileProblem: { code: FileProblemCode; detail?: string } };

// Deliberately simple: one @, something on both sides, a dot in the domain, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Reads a roster (UTF-8 or Windows-1252, comma or semicolon, quoted fields) and checks every row. */
export function parseRoster(bytes: Uint8Array): Roster {
  const text = decodeCsv(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t'] });
  const [headings, ...records] = parsed.data;
  if (!headings || records.length === 0) return { rows: [], fileProblem: { code: 'empty' } };
  if (records.length > MAX_ROWS) return { rows: [], fileProblem: { code: 'tooManyRows', detail: String(MAX_ROWS) } };
  const columns = headings.map(fieldOfHeading);
  const missing = (['displayName', 'email'] as const).filter((field) => !columns.includes(field));
  if (missing.length) return { rows: [], fileProblem: { code: 'missingColumns', detail: missing.join(', ') } };

  const seen = new Map<string, number>();
  const rows = records.map((record, index): RosterRow => {
    const cell = (field: ImportField) => {
      const at = columns.indexOf(field);
      return at === -1 ? '' : (record[at] ?? '').trim();
    };
    const problems: RosterRow['problems'] = [];
    const displayName = cell('displayName');
    if (!displayName) problems.push({ field: 'displayName', code: 'missingName' });
    else if (displayName.length > 80) problems.push({ field: 'displayName', code: 'nameTooLong' });
    const email = normalizeEmail(cell('email'));
    if (!EMAIL.test(email) || email.length > 254) problems.push({ field: 'email', code: 'badEmail' });
    else if (seen.has(email)) problems.push({ field: 'email', code: 'duplicateEmail' });
    else seen.set(email, index);
    return { line: index + 2, displayName, email, problems };
  });
  return { rows };
}
