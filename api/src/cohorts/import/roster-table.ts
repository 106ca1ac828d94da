import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { unzipLimited, ZipRefusedError } from '../../common/zip/unzip-limited.js';
import { decodeCsv } from './csv-decode.js';

/** What a roster file cannot be read as: a damaged or oversized workbook, or an old binary .xls. */
export class RosterFileError extends Error {
  constructor(readonly code: 'workbookUnreadable' | 'workbookTooLarge' | 'oldWorkbook') {
    super(code);
  }
}

/** A workbook of 10,000 rows unpacks to a few MB; these limits refuse zip bombs long before memory suffers. */
const WORKBOOK_LIMITS = { entries: 500, entryBytes: 40 * 1024 * 1024, totalBytes: 60 * 1024 * 1024 };

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, at) => bytes[at] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The rows of a roster file, each a list of cell texts: CSV (any name, any content type) or the first sheet of an .xlsx. */
export async function readRosterTable(bytes: Uint8Array): Promise<string[][]> {
  if (startsWith(bytes, OLE)) throw new RosterFileError('oldWorkbook');
  if (startsWith(bytes, ZIP)) return readWorkbook(bytes);
  const parsed = Papa.parse<string[]>(decodeCsv(bytes), { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t'] });
  return parsed.data;
}

async function readWorkbook(bytes: Uint8Array): Promise<string[][]> {
  try {
    unzipLimited(bytes, WORKBOOK_LIMITS, () => true);
  } catch (error) {
    throw new RosterFileError(error instanceof ZipRefusedError && error.reason === 'tooLarge' ? 'workbookTooLarge' : 'workbookUnreadable');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new RosterFileError('workbookUnreadable');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new RosterFileError('workbookUnreadable');
  const width = sheet.columnCount;
  const rows: string[][] = [];
  // `text` is what the cell shows: a hyperlinked address, rich text or a formula's result, as typed or computed.
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells = Array.from({ length: width }, (_, at) => row.getCell(at + 1).text.trim());
    if (cells.some(Boolean)) rows.push(cells);
  });
  return rows;
}
