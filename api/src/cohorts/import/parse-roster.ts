import { normalizeEmail } from '../../users/users.service.js';
import { columnsOf, type ImportField } from './csv-columns.js';
import { readRosterTable, RosterFileError } from './roster-table.js';

export const MAX_ROWS = 10_000;

export type RowProblemCode = 'missingName' | 'nameTooLong' | 'badEmail' | 'duplicateEmail';

export interface RosterRow {
  /** The line in the file (the heading is line 1). */
  line: number;
  displayName: string;
  email: string;
  problems: { field: 'displayName' | 'email'; code: RowProblemCode }[];
}

export type FileProblemCode = 'empty' | 'missingColumns' | 'tooManyRows' | RosterFileError['code'];

export type Roster =
  | { rows: RosterRow[]; unusedColumns: string[]; fileProblem?: undefined }
  | { rows: []; unusedColumns?: undefined; fileProblem: { code: FileProblemCode; detail?: string } };

// Deliberately simple: one @, something on both sides, a dot in the domain, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Reads a roster (CSV in UTF-8 or Windows-1252, comma or semicolon, quoted fields; or an .xlsx workbook's first sheet)
 * and checks every row. The name is one column, or first and last names put together (first then last).
 */
export async function parseRoster(bytes: Uint8Array): Promise<Roster> {
  let table: string[][];
  try {
    table = await readRosterTable(bytes);
  } catch (error) {
    if (error instanceof RosterFileError) return { rows: [], fileProblem: { code: error.code } };
    throw error;
  }
  const [headings, ...records] = table;
  if (!headings || records.length === 0) return { rows: [], fileProblem: { code: 'empty' } };
  if (records.length > MAX_ROWS) return { rows: [], fileProblem: { code: 'tooManyRows', detail: String(MAX_ROWS) } };
  const columns = columnsOf(headings);
  const hasName = columns.some((field) => field && field !== 'email');
  const missing = [...(hasName ? [] : ['displayName']), ...(columns.includes('email') ? [] : ['email'])];
  if (missing.length) return { rows: [], fileProblem: { code: 'missingColumns', detail: missing.join(', ') } };
  const unusedColumns = headings.map((heading) => heading.trim()).filter((heading, at) => heading && !columns[at]);

  const seen = new Map<string, number>();
  const rows = records.map((record, index): RosterRow => {
    const cell = (field: ImportField) => {
      const at = columns.indexOf(field);
      return at === -1 ? '' : (record[at] ?? '').trim();
    };
    const problems: RosterRow['problems'] = [];
    const displayName = cell('displayName') || [cell('firstName'), cell('lastName')].filter(Boolean).join(' ');
    if (!displayName) problems.push({ field: 'displayName', code: 'missingName' });
    else if (displayName.length > 80) problems.push({ field: 'displayName', code: 'nameTooLong' });
    const email = normalizeEmail(cell('email'));
    if (!EMAIL.test(email) || email.length > 254) problems.push({ field: 'email', code: 'badEmail' });
    else if (seen.has(email)) problems.push({ field: 'email', code: 'duplicateEmail' });
    else seen.set(email, index);
    return { line: index + 2, displayName, email, problems };
  });
  return { rows, unusedColumns };
}
