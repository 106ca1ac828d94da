import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childrenPdfLabelKeys } from './children-pdf-labels.js';
import { renderClassCodeSheet } from './class-code-sheet-pdf.js';
import { renderLoginCards } from './login-cards-pdf.js';

/** The PDF's text through poppler's pdftotext, or undefined where it is not installed (CI installs it). */
const pdfText = (pdf: Buffer, name: string) => {
  const file = join(tmpdir(), `${name}-${process.pid}.pdf`);
  writeFileSync(file, pdf);
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return result.error ? undefined : result.stdout.replace(/\s+/g, ' ');
};

describe("children's printed sheets", () => {
  it('has the same labels in French and English', () => {
    expect(childrenPdfLabelKeys('fr')).toEqual(childrenPdfLabelKeys('en'));
  });

  it('prints the class code, its expiry, the address and the steps, in the asked language', async () => {
    const sheet = { groupName: 'CM2 — Les droits', code: 'K7P-4XZ', expiresAt: '2027-03-14T10:00:00Z', appUrl: 'https://clef.example.org' };
    const fr = pdfText(await renderClassCodeSheet({ ...sheet, language: 'fr' }), 'class-code-fr');
    const en = pdfText(await renderClassCodeSheet({ ...sheet, language: 'en' }), 'class-code-en');
    if (fr === undefined || en === undefined) return console.warn('pdftotext is not installed: PDF text not checked');
    expect(fr).toContain('K7P-4XZ');
    expect(fr).toContain('14 mars 2027');
    expect(fr).toContain('Ouvre https://clef.example.org');
    expect(fr).toContain('Jamais ton nom de famille');
    expect(en).toContain('14 March 2027');
    expect(en).toContain('Never your surname');
  });

  it('prints one card per child with the username and PIN, eight a page', async () => {
    const cards = Array.from({ length: 9 }, (_, i) => ({ displayName: `Élève ${i + 1}`, username: `eleve-${1000 + i}`, pin: `${1000 + i}` }));
    const pdf = await renderLoginCards('fr', 'CM2', 'https://clef.example.org', cards);
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(2);
    const text = pdfText(pdf, 'login-cards');
    if (text === undefined) return;
    for (const card of cards) expect(text).toContain(card.username);
    expect(text).toContain('1 0 0 8');
    expect(text).toContain('Code secret');
  });
});
