import { describe, expect, it } from 'vitest';
import { invitationsCsv } from './invitation-csv';

const links = [
  { line: 2, displayName: 'Dupont; Marie', email: 'marie@example.org', link: 'https://clef.example/invitation/a' },
  { line: 3, displayName: '=HYPERLINK("x")', email: 'x@example.org', link: 'https://clef.example/invitation/b' },
];

describe('invitation links as CSV', () => {
  it('uses semicolons in French, with a BOM and CRLF, quoting what needs it and defusing formulas', () => {
    expect(invitationsCsv(links, ['Ligne', 'Nom', 'Adresse e-mail', 'Lien'], 'fr')).toBe(
      '\uFEFFLigne;Nom;Adresse e-mail;Lien\r\n' +
        '2;"Dupont; Marie";marie@example.org;https://clef.example/invitation/a\r\n' +
        '3;"\'=HYPERLINK(""x"")";x@example.org;https://clef.example/invitation/b\r\n',
    );
  });

  it('uses commas in English', () => {
    expect(invitationsCsv(links.slice(0, 1), ['Line', 'Name', 'E-mail address', 'Link'], 'en')).toBe(
      '\uFEFFLine,Name,E-mail address,Link\r\n2,Dupont; Marie,marie@example.org,https://clef.example/invitation/a\r\n',
    );
  });
});
