import { parseRoster } from './parse-roster.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 bytes, as French Excel saves "CSV (séparateur : point-virgule)". */
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => ({ é: 0xe9, è: 0xe8, ç: 0xe7, ô: 0xf4, É: 0xc9 })[c] ?? c.charCodeAt(0)));

describe('parseRoster', () => {
  it('reads a French Excel export: BOM, semicolons, French headings, and ignores profile columns (each person declares their own)', () => {
    const file = '\uFEFFNom;Adresse e-mail;Secteur;Fonction;Pays;Genre\r\nAmélie Côté;Amelie.Cote@Example.org;astrologie;Éducatrice spécialisée;Canada;Femme\r\n';
    const { rows } = parseRoster(utf8(file));
    expect(rows).toEqual([{ line: 2, displayName: 'Amélie Côté', email: 'amelie.cote@example.org', problems: [] }]);
  });

  it('decodes Windows-1252 when the bytes are not UTF-8', () => {
    const { rows } = parseRoster(cp1252('nom;courriel;secteur\nFrançois Bérégovoy;f.beregovoy@example.org;santé\n'));
    expect(rows[0]).toMatchObject({ displayName: 'François Bérégovoy', problems: [] });
  });

  it('reads commas with quoted fields holding commas and quotes', () => {
    const file = 'display name,email,job title\n"Diallo, ""Awa""",awa@example.org,"Officer, juvenile unit"\n';
    expect(parseRoster(utf8(file)).rows[0]).toMatchObject({ displayName: 'Diallo, "Awa"', email: 'awa@example.org' });
  });

  it('names every row problem by line: bad e-mail, duplicate, missing name', () => {
    const file = ['name;email', 'A;a@example.org', 'B;not-an-email', 'C;A@example.org', ';e@example.org'].join('\n');
    const problems = parseRoster(utf8(file)).rows.map((row) => [row.line, row.problems.map((p) => p.code)]);
    expect(problems).toEqual([
      [2, []],
      [3, ['badEmail']],
      [4, ['duplicateEmail']],
      [5, ['missingName']],
    ]);
  });

  it('refuses a file without the name or e-mail column, and an empty file', () => {
    expect(parseRoster(utf8('prénom;secteur\nA;police\n'))).toEqual({ rows: [], fileProblem: { code: 'missingColumns', detail: 'displayName, email' } });
    expect(parseRoster(utf8('')).fileProblem?.code).toBe('empty');
    expect(parseRoster(utf8('name;email\n')).fileProblem?.code).toBe('empty');
  });

  it('reads 5,000 rows', () => {
    const lines = ['name;email;sector;gender', ...Array.from({ length: 5000 }, (_, i) => `Personne ${i};p${i}@example.org;education;homme`)];
    const { rows } = parseRoster(utf8(lines.join('\n')));
    expect(rows).toHaveLength(5000);
    expect(rows.every((row) => row.problems.length === 0)).toBe(true);
    expect(rows[4999]).toMatchObject({ line: 5001, email: 'p4999@example.org' });
  });
});
