import { describe, expect, it } from 'vitest';
import { invitationsCsv } from './invitation-csv';

const links = [
  { id: 'i-1', line: 2, email: 'marie;dupont@example.org', link: 'https://clef.example/invitation/a' },
  { id: 'i-2', line: 3, email: '=HYPERLINK("x")@example.org', link: 'https://clef.example/invitation/b' },
];

describe('invitation links as CSV', () => {
  it('uses semicolons in French, with a BOM and CRLF, quoting what needs it and defusing formulas', () => {
    expect(invitationsCsv(links, ['Ligne', 'Adresse e-mail', 'Lien'], 'fr')).toBe(
      '\uFEFFLigne;Adresse e-mail;Lien\r\n' +
        '2;"marie;dupont@example.org";https://clef.example/invitation/a\r\n' +
        '3;"\'=HYPERLINK(""x"")@example.org";https://clef.example/invitation/b\r\n',
    );
  });

  it('uses commas in English', () => {
    expect(invitationsCsv(links.slice(0, 1), ['Line', 'E-mail address', 'Link'], 'en')).toBe(
      '\uFEFFLine,E-mail address,Link\r\n2,marie;dupont@example.org,https://clef.example/invitation/a\r\n',
    );
  });
});
