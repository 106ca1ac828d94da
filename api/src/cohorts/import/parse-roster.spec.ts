import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { parseRoster } from './parse-roster.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 bytes, as French Excel saves "CSV (séparateur : point-virgule)". */
const cp1252 = (text: string) =>
  Uint8Array.from([...text].map((c) => ({ é: 0xe9, è: 0xe8, ç: 0xe7, ô: 0xf4, É: 0xc9, '’': 0x92, Œ: 0x8c, œ: 0x9c, '€': 0x80, '…': 0x85 })[c] ?? c.charCodeAt(0)));

async function workbook(rows: unknown[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Personnes').addRows(rows);
  book.addWorksheet('Notes').addRow(['not read']);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('parseRoster', () => {
  it('reads a French Excel export: BOM, semicolons, French headings, and names the profile columns it does not use', async () => {
    const file = '\uFEFFNom;Adresse e-mail;Secteur;Fonction;Pays;Genre\r\nAmélie Côté;Amelie.Cote@Example.org;astrologie;Éducatrice spécialisée;Canada;Femme\r\n';
    const roster = await parseRoster(utf8(file));
    expect(roster.rows).toEqual([{ line: 2, displayName: 'Amélie Côté', email: 'amelie.cote@example.org', problems: [] }]);
    expect(roster.unusedColumns).toEqual(['Secteur', 'Fonction', 'Pays', 'Genre']);
  });

  it('decodes Windows-1252 when the bytes are not UTF-8, keeping ’ Œ œ € … (0x80–0x9F)', async () => {
    const { rows } = await parseRoster(cp1252('Nom;Prénom;Courriel;Note\nL’Œillet;Chloé;c.loeillet@example.org;cœur € …\n'));
    expect(rows[0]).toMatchObject({ displayName: 'Chloé L’Œillet', problems: [] });
  });

  it('builds the name from first-name and last-name columns, first then last, whatever the headings’ language, case or accents', async () => {
    for (const headings of ['Nom;Prénom;Courriel', 'NOM DE FAMILLE;prenom;E-mail', 'Surname,First name,Email', 'Family name;Given name;email', 'Last name;First Name;E-mail address']) {
      const separator = headings.includes(';') ? ';' : ',';
      const { rows, unusedColumns } = await parseRoster(utf8(`${headings}\n${['Diallo', 'Awa', 'awa@example.org'].join(separator)}\n`));
      expect([headings, rows[0]?.displayName, unusedColumns]).toEqual([headings, 'Awa Diallo', []]);
    }
  });

  it('keeps a single name column, and reports first and last names beside it as not used', async () => {
    const { rows, unusedColumns } = await parseRoster(utf8('Name;Prénom;Téléphone;Email;Service\nAwa Diallo;Awa;0102;awa@example.org;Police\n'));
    expect(rows[0]).toMatchObject({ displayName: 'Awa Diallo' });
    expect(unusedColumns).toEqual(['Prénom', 'Téléphone', 'Service']);
  });

  it('reads commas with quoted fields holding commas and quotes', async () => {
    const file = 'display name,email,job title\n"Diallo, ""Awa""",awa@example.org,"Officer, juvenile unit"\n';
    expect((await parseRoster(utf8(file))).rows[0]).toMatchObject({ displayName: 'Diallo, "Awa"', email: 'awa@example.org' });
  });

  it('names every row problem by line: bad e-mail, duplicate, missing name', async () => {
    const file = ['name;email', 'A;a@example.org', 'B;not-an-email', 'C;A@example.org', ';e@example.org'].join('\n');
    const problems = (await parseRoster(utf8(file))).rows.map((row) => [row.line, row.problems.map((p) => p.code)]);
    expect(problems).toEqual([
      [2, []],
      [3, ['badEmail']],
      [4, ['duplicateEmail']],
      [5, ['missingName']],
    ]);
  });

  it('refuses a file without the name or e-mail column, and an empty file', async () => {
    expect(await parseRoster(utf8('secteur;pays\nA;police\n'))).toEqual({ rows: [], fileProblem: { code: 'missingColumns', detail: 'displayName, email' } });
    expect(await parseRoster(utf8('prénom;secteur\nA;police\n'))).toEqual({ rows: [], fileProblem: { code: 'missingColumns', detail: 'email' } });
    expect((await parseRoster(utf8(''))).fileProblem?.code).toBe('empty');
    expect((await parseRoster(utf8('name;email\n'))).fileProblem?.code).toBe('empty');
  });

  it('reads the first sheet of an .xlsx workbook, whatever the file is called: text, hyperlinked addresses, numbers', async () => {
    const bytes = await workbook([
      ['Nom', 'Prénom', 'Courriel', 'Téléphone'],
      ['Łukasz', 'Émile', { text: 'Emile@Example.org', hyperlink: 'mailto:emile@example.org' }, 612345678],
      ['L’Œillet', 'Chloé', 'chloe@example.org', null],
    ]);
    const roster = await parseRoster(bytes);
    expect(roster.rows).toEqual([
      { line: 2, displayName: 'Émile Łukasz', email: 'emile@example.org', problems: [] },
      { line: 3, displayName: 'Chloé L’Œillet', email: 'chloe@example.org', problems: [] },
    ]);
    expect(roster.unusedColumns).toEqual(['Téléphone']);
  });

  it('refuses a zip bomb, a damaged workbook and an old .xls plainly, without unpacking more than its limit', async () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(80 * 1024 * 1024) }, { level: 9 });
    expect((await parseRoster(bomb)).fileProblem).toEqual({ code: 'workbookTooLarge' });
    expect((await parseRoster(zipSync({ 'readme.txt': utf8('hello') }))).fileProblem).toEqual({ code: 'workbookUnreadable' });
    expect((await parseRoster(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).fileProblem).toEqual({ code: 'oldWorkbook' });
  });

  it('reads 5,000 rows', async () => {
    const lines = ['name;email;sector;gender', ...Array.from({ length: 5000 }, (_, i) => `Personne ${i};p${i}@example.org;education;homme`)];
    const { rows } = await parseRoster(utf8(lines.join('\n')));
    expect(rows).toHaveLength(5000);
    expect(rows.every((row) => row.problems.length === 0)).toBe(true);
    expect(rows[4999]).toMatchObject({ line: 5001, email: 'p4999@example.org' });
  });
});
