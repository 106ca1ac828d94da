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
 * the tests, sends one as it is).
 */
const csvBody = (bytes: Uint8Array) => ({
  body: bytes as unknown as string,
  bodySerializer: (body: unknown) => body,
  headers: { 'Content-Type': 'text/csv' },
});

/** What an import would do, row by row; nothing is saved. */
export const previewRoster = (path: CohortPath, bytes: Uint8Array, lang: Language) =>
  api.POST('/api/organisations/{organisationId}/cohorts/{cohortId}/roster/preview', { params: { path, query: { lang } }, ...csvBody(bytes) });

/** Applies the valid rows; the answer holds the new accounts' invitation links, shown once. */
export const importRoster = (path: CohortPath, bytes: Uint8Array, lang: Language) =>
  api.POST('/api/organisations/{organisationId}/cohorts/{cohortId}/roster', { params: { path, query: { lang } }, ...csvBody(bytes) });
