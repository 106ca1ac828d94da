import type { Schemas } from '../../api/client';
import type { Language } from '../../i18n/languages';

type Invitation = Schemas['RosterInvitationLinkDto'];

/** A cell that a spreadsheet would take for a formula gets a leading apostrophe (CSV injection). */
const defused = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

const cell = (value: string | number, delimiter: string) => {
  const text = defused(String(value));
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The invitation links as CSV for the reader's spreadsheet: UTF-8 with a BOM so that accents survive in
 * Excel, CRLF line ends, semicolons in French (where the comma is the decimal separator), commas in English.
 */
export function invitationsCsv(invitations: Invitation[], headings: [string, string, string], language: Language): string {
  const delimiter = language === 'fr' ? ';' : ',';
  const rows = [headings, ...invitations.map((invitation) => [invitation.line, invitation.email, invitation.link])];
  return `\uFEFF${rows.map((row) => row.map((value) => cell(value, delimiter)).join(delimiter)).join('\r\n')}\r\n`;
}

/** Hands a text to the browser as a file download, without a round trip to the server. */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: some browsers start the download only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
