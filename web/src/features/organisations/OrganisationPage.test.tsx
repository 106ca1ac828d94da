import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { accountNav, renderApp } from '../auth/testing/render-app';

const fake = await vi.hoisted(async () => (await import('./testing/fake-org-api')).installOrgFakeApi());
const { CHILD_GROUP, INVITATION_LINK, ORG, USERS } = await import('./testing/fixtures');

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

async function openOrganisation(user = USERS.admin, language: 'en' | 'fr' = 'en') {
  fake.logIn(user);
  await renderApp(`/organisations/${ORG}`, language);
  await screen.findByRole('heading', { level: 1, name: 'École Sainte-Marie' });
  return within(await screen.findByRole('region', { name: language === 'fr' ? 'Membres' : 'Members' }));
}

describe('organisation page', () => {
  beforeEach(() => fake.reset());

  it('lists the members, invites an address with its link shown once, and lists it as invited with only the address', async () => {
    const table = await openOrganisation();
    expect(table.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'Awa Ndiaye awa@example.org',
      'Léa Roy lea@example.org',
      'Paul Martin paul@example.org',
    ]);
    expect((screen.getByLabelText('Role of Léa Roy') as HTMLSelectElement).value).toBe('trainee');
    expect(screen.queryByLabelText('Name (used for a new account)')).toBeNull();

    fill('E-mail address', 'nadia@example.org');
    fill('Role', 'trainer');
    fireEvent.click(screen.getByRole('button', { name: 'Send the invitation' }));

    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('nadia@example.org is invited.');
    expect(within(notice).getByText(INVITATION_LINK)).toBeTruthy();
    expect(notice.textContent).toContain('it will not be shown again');
    expect(screen.getAllByText(INVITATION_LINK)).toHaveLength(1);
    expect(fake.callsTo(`POST /api/organisations/${ORG}/members`)[0]).toMatchObject({ body: { email: 'nadia@example.org', role: 'trainer' } });
    expect(fake.callsTo(`POST /api/organisations/${ORG}/members`)[0].query.get('lang')).toBe('en');
    const invited = within(await screen.findByRole('region', { name: '1 invitation not accepted yet' }));
    expect(invited.getByRole('rowheader').textContent).toBe('nadia@example.org Trainer');
    expect(invited.getByText(/^Invited \(until/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'I have noted it' }));
    expect(screen.queryByText(INVITATION_LINK)).toBeNull();
  });

  it('gives an org admin a reset link for a member once, to copy or print, and shows a refusal', async () => {
    const { RESET_LINK } = await import('./testing/fake-org-api');
    await openOrganisation();
    expect(screen.queryByRole('button', { name: 'Reset link Awa Ndiaye' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reset link Léa Roy' }));
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('Reset link for Léa Roy');
    expect(notice.textContent).toMatch(/It works once, until April 8, 2026/);
    expect(within(notice).getByText(RESET_LINK)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(notice));
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    fireEvent.click(within(notice).getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalled();
    fireEvent.click(within(notice).getByRole('button', { name: 'Done: hide the link' }));
    expect(screen.queryByText(RESET_LINK)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Reset link Paul Martin' }));
    expect(await screen.findByText(/A reset link can be made only for a trainee or trainer/)).toBeTruthy();
  });

  it('withdraws an invitation after confirming', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await openOrganisation(USERS.admin, 'fr');
    fill('Adresse e-mail', 'lea@example.org');
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer l’invitation' }));
    const invited = within(await screen.findByRole('region', { name: '1 invitation pas encore acceptée' }));
    fireEvent.click(invited.getByRole('button', { name: 'Retirer' }));
    await screen.findByText('L’invitation envoyée à lea@example.org a été retirée.');
    expect(fake.invitations).toEqual([]);
  });

  it('shows the API’s message, in French, when the last admin would step down', async () => {
    await openOrganisation(USERS.admin, 'fr');
    const select = screen.getByLabelText('Rôle de Awa Ndiaye') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'trainer' } });
    expect((await screen.findByRole('alert')).textContent).toBe('Une organisation a besoin d’au moins un administrateur : désignez-en d’abord un autre.');
    await waitFor(() => expect(select.value).toBe('org_admin'));
    expect(fake.members[0].role).toBe('org_admin');
  });

  it('filters the members by role and finds them by name', async () => {
    await openOrganisation();
    const names = () => within(screen.getByRole('region', { name: 'Members' })).getAllByRole('rowheader').map((cell) => cell.textContent);
    fireEvent.change(screen.getByLabelText('Filter by role'), { target: { value: 'trainer' } });
    await waitFor(() => expect(names()).toEqual([expect.stringMatching(/^Paul Martin/)]));
    expect(fake.callsTo(`GET /api/organisations/${ORG}/members`).at(-1)!.query.get('role')).toBe('trainer');
    fireEvent.change(screen.getByLabelText('Filter by role'), { target: { value: '' } });
    fill('Name or e-mail', 'léa');
    fireEvent.click(screen.getByRole('button', { name: 'Find' }));
    await waitFor(() => expect(names()).toEqual([expect.stringMatching(/^Léa Roy/)]));
  });

  it('removes a member after confirming', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    await openOrganisation();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Léa Roy' }));
    await screen.findByText('Léa Roy is no longer a member.');
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Remove Léa Roy from the organisation?'));
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: /^Léa Roy/ })).toBeNull());
    confirm.mockRestore();
  });

  it('creates a cohort with the chosen modules in the chosen order, run by a chosen trainer', async () => {
    await openOrganisation();
    fireEvent.click(screen.getByRole('button', { name: 'Create a cohort' }));
    fill('Name of the cohort', 'Promotion 2026');
    fireEvent.click(screen.getByRole('radio', { name: 'Modules I choose' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Safe reporting' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Hearing the child' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Child protection basics/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Move up Hearing the child' }));
    fill('Start date (optional)', '2026-09-01');
    // Only trainers and admins may run a cohort.
    expect(await screen.findByRole('checkbox', { name: 'Paul Martin (Trainer)' })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: /Léa Roy/ })).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Paul Martin (Trainer)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create the cohort' }));

    await screen.findByText('The cohort “Promotion 2026” has been created.');
    const [call] = fake.callsTo(`POST /api/organisations/${ORG}/cohorts`);
    expect(call.body).toEqual({
      name: 'Promotion 2026',
      moduleSlugs: ['hearing-the-child', 'safe-reporting', 'child-protection-basics'],
      startsOn: '2026-09-01',
      trainerIds: ['u-trainer'],
    });
    expect(call.query.get('lang')).toBe('en');
    expect(await screen.findByRole('link', { name: 'Promotion 2026' })).toBeTruthy();
  });

  it('creates a cohort that follows a certification programme, showing its modules', async () => {
    await openOrganisation();
    fireEvent.click(screen.getByRole('button', { name: 'Create a cohort' }));
    fill('Name of the cohort', 'Promotion justice');
    fireEvent.click(screen.getByRole('button', { name: 'Create the cohort' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose a programme.');
    fireEvent.change(await screen.findByLabelText('Programme'), { target: { value: 'justice-track' } });
    expect(screen.getByText('Modules: Hearing the child · Safe reporting')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create the cohort' }));
    await screen.findByText('The cohort “Promotion justice” has been created.');
    expect(fake.callsTo(`POST /api/organisations/${ORG}/cohorts`)[0].body).toEqual({ name: 'Promotion justice', programmeSlug: 'justice-track' });
  });

  it('lets a trainer open a children’s group that they will run, and nothing else', async () => {
    await openOrganisation(USERS.trainer);
    expect(screen.queryByRole('button', { name: 'Create a cohort' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: "Open a children's group" }));
    expect(await screen.findByRole('heading', { name: "New children's group" })).toBeTruthy();
    expect(screen.queryByRole('radio', { name: /children/i })).toBeNull();
    fill('Name of the cohort', 'Club des droits');
    const programme = (await screen.findByLabelText('Programme')) as HTMLSelectElement;
    expect([...programme.options].map((option) => option.value)).toEqual(['', 'my-rights-journey']);
    fireEvent.change(programme, { target: { value: 'my-rights-journey' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the cohort' }));
    await screen.findByText('The cohort “Club des droits” has been created.');
    expect(fake.callsTo(`POST /api/organisations/${ORG}/cohorts`)[0].body).toEqual({ name: 'Club des droits', audience: 'child', programmeSlug: 'my-rights-journey' });
  });

  it('asks for at least one certified trainer when an admin opens a children’s group', async () => {
    await openOrganisation();
    fireEvent.click(screen.getByRole('button', { name: 'Create a cohort' }));
    expect(await screen.findByRole('group', { name: 'Trainers who run the cohort (optional)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: "A children's group (10–17)" }));
    const trainers = await screen.findByRole('group', { name: 'Trainers who run the group (at least one)' });
    expect(within(trainers).getByText(/^Name at least one adult who holds the certificate of the safeguarding module/)).toBeTruthy();
  });

  it('lets an admin take a trainer off a cohort, and shows why the last certified adult of a children’s group stays', async () => {
    fake.cohorts = [{ ...CHILD_GROUP, trainers: [{ userId: 'u-trainer', displayName: 'Paul Martin' }, { userId: 'u-admin', displayName: 'Awa Ndiaye' }] }];
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    await openOrganisation(USERS.admin, 'fr');
    fireEvent.click(await screen.findByRole('button', { name: 'Retirer Awa Ndiaye de CM2 — my rights' }));
    expect(confirm).toHaveBeenCalledWith('Retirer Awa Ndiaye de la cohorte «\u00a0CM2 — my rights\u00a0»\u00a0?');
    await screen.findByText('Awa Ndiaye n’anime plus la cohorte.');
    expect(fake.callsTo(`DELETE /api/organisations/${ORG}/cohorts/cohort-1/trainers/u-admin`)[0].query.get('lang')).toBe('fr');
    expect(screen.queryByRole('button', { name: 'Retirer Awa Ndiaye de CM2 — my rights' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Retirer Paul Martin de CM2 — my rights' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Paul Martin ne peut pas cesser d’encadrer CM2 — my rights');
    expect(screen.getByRole('button', { name: 'Retirer Paul Martin de CM2 — my rights' })).toBeTruthy();
    confirm.mockRestore();
  }, 15_000);

  it('lets a trainer see members and cohorts but change nothing', async () => {
    fake.cohorts = [{ ...CHILD_GROUP, trainers: [{ userId: 'u-trainer', displayName: 'Paul Martin' }] }];
    const table = await openOrganisation(USERS.trainer);
    expect(table.getAllByRole('rowheader')).toHaveLength(3);
    expect(screen.queryByRole('combobox', { name: /^Role of/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add the member' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Create a cohort' })).toBeNull();
    expect(await screen.findByText('Trainers: Paul Martin')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
  });
});

describe('organisations in the header and the list', () => {
  beforeEach(() => fake.reset());

  it('links to my organisations for trainers and admins only', async () => {
    fake.logIn(USERS.trainer);
    const { unmount } = await renderApp('/', 'fr');
    expect(within(await accountNav('Votre compte')).getByRole('link', { name: 'Mes organisations' }).getAttribute('href')).toBe('/organisations');
    unmount();
    fake.logIn(USERS.trainee);
    await renderApp('/');
    expect(within(await accountNav()).queryByRole('link', { name: 'My organisations' })).toBeNull();
  });

  it('lists my organisations with my role, and lets a platform admin create one', async () => {
    fake.logIn(USERS.platformAdmin);
    await renderApp('/organisations');
    const link = await screen.findByRole('link', { name: 'École Sainte-Marie' });
    expect(link.closest('li')?.textContent).toContain('Platform administrator');
    fill('Name', 'Centre Horizon');
    fill('Kind of organisation', 'training_centre');
    fill('Country code (optional)', 'ci');
    fireEvent.click(screen.getByRole('button', { name: 'Create the organisation' }));
    await screen.findByText(/“Centre Horizon” has been created/);
    expect(fake.callsTo('POST /api/organisations')[0].body).toEqual({ name: 'Centre Horizon', kind: 'training_centre', country: 'CI' });
  });
});
