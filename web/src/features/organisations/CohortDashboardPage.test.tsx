import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../auth/testing/render-app';

const fake = await vi.hoisted(async () => (await import('./testing/fake-org-api')).installOrgFakeApi());
const { COHORT, ORG, USERS } = await import('./testing/fixtures');

const dashboardPath = `/organisations/${ORG}/cohorts/${COHORT}`;
const rosterRoute = `POST /api${dashboardPath}/roster`;
const CSV = 'nom;adresse e-mail;secteur\r\nÉlodie Martin;elodie@example.org;santé\r\nLéa Roy;lea@example.org;\r\nOmar;omar-at-example;\r\n';

async function openDashboard(language: 'en' | 'fr' = 'en', user = USERS.admin) {
  fake.logIn(user);
  await renderApp(dashboardPath, language);
  await screen.findByRole('heading', { level: 1, name: language === 'fr' ? 'Tableau de bord : Promotion 2026' : 'Dashboard: Promotion 2026' });
}

const chooseFile = (file = new File([CSV], 'promo.csv', { type: 'text/csv' })) =>
  fireEvent.change(screen.getByLabelText(/Spreadsheet \(Excel \.xlsx or CSV\)|Tableur \(Excel \.xlsx ou CSV\)/), { target: { files: [file] } });

describe('cohort dashboard', () => {
  beforeEach(() => fake.reset());
  afterEach(() => vi.restoreAllMocks());

  it('shows the totals, the competency bars and the breakdowns with small groups combined', async () => {
    await openDashboard();
    const figure = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(figure('Members')).toBe('42');
    expect(figure('Certified')).toBe('18');
    expect(figure('Certification rate')).toBe('43%');

    const bars = within(screen.getByRole('list', { name: 'Competency profile' })).getAllByRole('listitem');
    expect(bars.map((bar) => bar.textContent)).toEqual(['C1 Listening to children72% right answers (18 of 25)', 'C2 Reporting safelyNo answers yet']);
    expect((bars[0].querySelector('.bar-chart__fill') as HTMLElement).style.width).toBe('72%');

    const bySector = screen.getByRole('table', { name: 'By sector' });
    expect(within(bySector).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'Police and gendarmerie',
      'Education',
      'Groups of fewer than 5 people (combined)',
    ]);
    expect(screen.getByText(/Estimates: each person is counted with a randomised answer/)).toBeTruthy();
  });

  it('draws each breakdown as bars with every figure in words, the table staying the accessible version', async () => {
    await openDashboard();
    const chart = screen.getByRole('table', { name: 'By sector' }).closest('.group-table')!.querySelector('.group-chart')!;
    expect(chart.getAttribute('aria-hidden')).toBe('true');
    expect([...chart.querySelectorAll('.group-chart__label')].map((label) => label.textContent)).toEqual([
      'Police and gendarmerie 20 members · 10 completed · 9 certified',
      'Education 15 members · 7 completed · 6 certified',
      'Groups of fewer than 5 people (combined) 7 members · 3 completed · 3 certified',
    ]);
    // Bars scale to the largest group; completed (solid, upper half) and certified (hatched, lower half) differ by place and pattern.
    const police = [...chart.querySelectorAll('svg.group-chart__bar')][0].querySelectorAll('rect');
    expect([...police].map((bar) => [bar.getAttribute('width'), bar.getAttribute('y'), bar.getAttribute('height')])).toEqual([
      ['100', '0', '12'],
      ['50', '0', '6'],
      ['45', '6', '6'],
    ]);
    expect(police[2].getAttribute('fill')).toMatch(/^url\(#hatch-/);
  });

  it('shows each member’s progress per module, linked to their detail, with the CSV in the interface language', async () => {
    await openDashboard('fr');
    const table = within(screen.getByRole('region', { name: 'Progression des membres' }));
    expect(table.getByRole('columnheader', { name: 'Hearing the child' })).toBeTruthy();
    const row = table.getByRole('rowheader', { name: 'Binta Sow' }).closest('tr')!;
    // French puts a no-break space before % (U+00A0 or U+202F, depending on the ICU data).
    const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent?.replace(/\s/g, ' '));
    expect(cells).toEqual(['4/4', '80 %', 'Terminé', 'Valide', '1/4', '—', 'En cours', 'Aucun']);
    expect(table.getByRole('link', { name: 'Binta Sow' }).getAttribute('href')).toBe(`${dashboardPath}/members/u-binta`);
    const csv = screen.getByRole('link', { name: 'Télécharger le CSV' });
    expect(csv.getAttribute('href')).toBe(`/api${dashboardPath}/dashboard.csv?lang=fr`);
    expect(csv.hasAttribute('download')).toBe(true);
    const pdf = screen.getByRole('link', { name: 'Télécharger le rapport PDF' });
    expect(pdf.getAttribute('href')).toBe(`/api${dashboardPath}/report.pdf?lang=fr`);
    expect(pdf.hasAttribute('download')).toBe(true);
    expect(screen.getByRole('rowheader', { name: 'Groupes de moins de 5 personnes (regroupés)' })).toBeTruthy();
  });

  it('previews a spreadsheet with each problem, then imports it and shows the invitation links', async () => {
    await openDashboard();
    chooseFile();
    await screen.findByRole('heading', { name: 'Preview' });
    const [preview] = fake.callsTo(`${rosterRoute}/preview`);
    expect(preview).toMatchObject({ contentType: 'text/csv', body: CSV });
    expect(preview.query.get('lang')).toBe('en');
    const rows = within(screen.getByRole('table', { name: 'Rows of the file' }));
    expect(rows.getByRole('rowheader', { name: '4' }).closest('tr')?.textContent).toContain('Line 4: this is not an e-mail address.');
    expect(rows.getByText('Will be invited')).toBeTruthy();
    expect(rows.getByText('Member: added to the cohort')).toBeTruthy();

    const release = fake.hold(rosterRoute);
    fireEvent.click(screen.getByRole('button', { name: 'Import the 2 valid rows' }));
    expect((await screen.findByText(/^Importing…/)).getAttribute('role')).toBe('status');
    expect(screen.getByRole('button', { name: 'Import the 2 valid rows' }).hasAttribute('disabled')).toBe(true);
    release();

    await screen.findByRole('heading', { name: 'Import done' });
    expect(fake.callsTo(rosterRoute)[0]).toMatchObject({ contentType: 'text/csv', body: CSV });
    expect(screen.getByText('Enrolments created', { selector: 'dt' }).nextElementSibling?.textContent).toBe('4');
    expect(screen.getByText(/These links are shown only now/)).toBeTruthy();
    expect(screen.getByText('https://clef.example/invitation/tok-1')).toBeTruthy();
    // The dashboard reloads with the new members, and the links stay on screen meanwhile.
    await waitFor(() => expect(fake.callsTo(`GET /api${dashboardPath}/dashboard`)).toHaveLength(2));
    expect(screen.getByText('https://clef.example/invitation/tok-1')).toBeTruthy();
  });

  it('names the columns the import does not use, in French', async () => {
    await openDashboard('fr');
    chooseFile();
    expect((await screen.findByText(/^Colonnes non utilisées/)).textContent).toBe('Colonnes non utilisées\u00a0: secteur, Téléphone (chacun renseigne lui-même son profil).');
  });

  it('accepts an Excel workbook and sends it as one', async () => {
    await openDashboard();
    const input = screen.getByLabelText('Spreadsheet (Excel .xlsx or CSV)');
    expect(input.getAttribute('accept')).toContain('.xlsx');
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    chooseFile(new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'promo.xlsx', { type: '' }));
    await screen.findByRole('heading', { name: 'Preview' });
    expect(fake.callsTo(`${rosterRoute}/preview`)[0].contentType).toBe(xlsx);
  });

  it('downloads the invitation links as a French spreadsheet (semicolons, BOM)', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:links'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await openDashboard('fr');
    chooseFile();
    fireEvent.click(await screen.findByRole('button', { name: 'Importer les 2 lignes valides' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Télécharger les liens d’invitation (CSV)' }));
    expect(click).toHaveBeenCalledOnce();
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Ligne;Adresse e-mail;Lien\r\n2;elodie@example.org;https://clef.example/invitation/tok-1\r\n');
  });

  it('offers the spreadsheet import to organisation admins only', async () => {
    await openDashboard('en', USERS.trainer);
    expect(screen.queryByRole('heading', { name: 'Add people from a spreadsheet' })).toBeNull();
  });
});

describe('learner detail', () => {
  beforeEach(() => fake.reset());

  it('shows progress per module, then each attempt with its answers', async () => {
    fake.logIn(USERS.trainer);
    await renderApp(`${dashboardPath}/members/u-binta`);
    await screen.findByRole('heading', { level: 1, name: 'Binta Sow' });
    expect(screen.getByRole('heading', { level: 3, name: 'Hearing the child' })).toBeTruthy();
    expect(screen.getByText('4 lessons read of 4')).toBeTruthy();
    const attempt = screen.getByRole('heading', { level: 3, name: 'Hearing the child: attempt 2' }).closest('article')!;
    expect(attempt.textContent).toContain('Score: 80%');
    expect(attempt.textContent).toContain('Passed');
    expect(attempt.textContent).toContain('Answer: The child is heard');
    expect(within(attempt).getByText('Right')).toBeTruthy();
    expect(within(screen.getByRole('heading', { name: 'Hearing the child: attempt 1' }).closest('article')!).getByText('Wrong')).toBeTruthy();
    expect(fake.callsTo(`GET /api${dashboardPath}/members/u-binta`)[0].query.get('lang')).toBe('en');
  });
});
