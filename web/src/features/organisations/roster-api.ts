import { api } from '../../api/client';
import type { Language } from '../../i18n/languages';

interface CohortPath {
  organisationId: string;
  cohortId: string;
}

/**
 * The spreadsheet goes to the API as its raw bytes with `Content-Type: text/csv`, through the typed client:
 * the API decodes UTF-8 or Windows-1252 itself, so the browser must not re-encode it as text. The generated
 * type calls this binary body a `string`; a Uint8Array is what is really sent, passed through unchanged by
 * an identity body serialiser (a Uint8Array rather than the File itself: every fetch, including Node's under
 * the tests, sends one as it is). The API tells a workbook from CSV by its bytes; the content type only says it.
 */
const fileBody = ({ bytes, type }: RosterFile) => ({
  body: bytes as unknown as string,
  bodySerializer: (body: unknown) => body,
  headers: { 'Content-Type': type },
});

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file's bytes, read once so that the preview and the import send exactly the same, with their content type. */
export interface RosterFile {
  bytes: Uint8Array;
  type: 'text/csv' | typeof XLSX_TYPE;
}

export async function readRosterFile(file: File): Promise<RosterFile> {
  const workbook = file.type === XLSX_TYPE || /\.xlsx$/i.test(file.name);
  return { bytes: new Uint8Array(await file.arrayBuffer()), type: workbook ? XLSX_TYPE : 'text/csv' };
}

/** What an import would do, row by row; nothing is saved. */
export const previewRoster = (path: CohortPath, file: RosterFile, lang: Language) =>
  api.POST('/api/organisations/{organisationId}/cohorts/{cohortId}/roster/preview', { params: { path, query: { lang } }, ...fileBody(file) });

/** Applies the valid rows; the answer holds the new accounts' invitation links, shown once. */
export const importRoster = (path: CohortPath, file: RosterFile, lang: Language) =>
  api.POST('/api/organisations/{organisationId}/cohorts/{cohortId}/roster', { params: { path, query: { lang } }, ...fileBody(file) });
