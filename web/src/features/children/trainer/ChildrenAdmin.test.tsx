import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../auth/testing/render-app';

const fake = await vi.hoisted(async () => (await import('../../organisations/testing/fake-org-api')).installOrgFakeApi());
const { CHILD_GROUP, ORG, USERS, child } = await import('../../organisations/testing/fixtures');

describe("the trainer's side of the children's track", () => {
  beforeEach(() => {
    fake.reset();
    vi.spyOn(window, 'confirm').mockReturnValue(true);
  });

  it("creates a children's group with children's modules only, and says who may run it", async () => {
    fake.logIn(USERS.admin);
    await renderApp(`/organisations/${ORG}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Create a cohort' }));
    fireEvent.click(screen.getByRole('radio', { name: "A children's group (10–17)" }));
    expect(screen.getByText("Name at least one adult who holds the certificate of the safeguarding module: only they can run a children's group.")).toBeTruthy();
    fireEvent.click(screen.getAllByRole('radio').find((radio) => (radio as HTMLInputElement).value === 'modules')!);
    await waitFor(() => expect(fake.calls.some((call) => call.path === '/api/modules' && call.query.get('audience') === 'child')).toBe(true));
  });

  it('shows the class code grouped, makes a new one and links the printable sheets', async () => {
    fake.logIn(USERS.admin);
    fake.cohorts = [CHILD_GROUP];
    await renderApp(`/organisations/${ORG}/cohorts/${CHILD_GROUP.id}`);
    const panel = await screen.findByRole('region', { name: 'Class code' });
    expect(await within(panel).findByText('This group has no class code yet.')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Create a class code' }));
    expect((await within(panel).findByText(/K7P-4XZ/)).className).toBe('class-code');
    expect(within(panel).getByRole('link', { name: 'Printable sheet in French (PDF)' }).getAttribute('href')).toBe(`/api/organisations/${ORG}/cohorts/${CHILD_GROUP.id}/class-code/sheet?lang=fr`);
    expect(within(panel).getByRole('link', { name: 'Printable sheet in English (PDF)' }).getAttribute('href')).toContain('sheet?lang=en');
    // A children's group takes no e-mail roster.
    expect(screen.queryByLabelText(/Spreadsheet saved as CSV/)).toBeNull();
  });

  it('creates accounts for the group and shows their usernames and PINs once', async () => {
    fake.logIn(USERS.admin);
    fake.cohorts = [CHILD_GROUP];
    await renderApp(`/organisations/${ORG}/cohorts/${CHILD_GROUP.id}`);
    const form = await screen.findByRole('region', { name: 'Create accounts for my group' });
    fireEvent.change(within(form).getByLabelText('First names or nicknames, one a line'), { target: { value: 'Lina\n\n Sam \n' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create and show the PINs here' }));
    const table = await within(form).findByRole('table', { name: 'Accounts created' });
    expect(within(table).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['Linalina-10004800', 'Samsam-10114811']);
    expect(fake.callsTo(`POST /api/organisations/${ORG}/cohorts/${CHILD_GROUP.id}/children`)[0].body).toEqual({ children: [{ displayName: 'Lina' }, { displayName: 'Sam' }] });
  });

  it('lists the children for the org admin: consent, unlock, inactivity flag', async () => {
    fake.logIn(USERS.admin);
    fake.children = [child(), child({ userId: 'child-2', username: 'sam-0001', displayName: 'Sam', consentRecorded: true, locked: true, inactiveForAYear: true })];
    await renderApp(`/organisations/${ORG}`);
    const section = await screen.findByRole('region', { name: 'Children' });
    await within(section).findByText('Waiting for consent');
    expect(within(section).getByText('Inactive for 12 months: to delete')).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: /^Record consent.*Lina$/ }));
    await within(section).findByText('Consent recorded for Lina: they can start learning.');
    expect(fake.callsTo(`PUT /api/organisations/${ORG}/children/child-1/consent`)).toHaveLength(1);
    fireEvent.click(within(section).getByRole('button', { name: /^Unlock.*Sam$/ }));
    await within(section).findByText("Sam's account is unlocked.");
    await waitFor(() => expect(within(section).queryByText('Locked')).toBeNull());
  });

  it("lists the group's children for its trainer, who records consent and unlocks, but neither exports nor deletes", async () => {
    fake.logIn(USERS.trainer);
    fake.cohorts = [CHILD_GROUP];
    fake.children = [child({ userId: 'child-2', username: 'sam-0001', displayName: 'Sam', locked: true })];
    await renderApp(`/organisations/${ORG}/cohorts/${CHILD_GROUP.id}`);
    const section = await screen.findByRole('region', { name: "The group's children" });
    fireEvent.click(await within(section).findByRole('button', { name: /^Unlock.*Sam$/ }));
    await within(section).findByText("Sam's account is unlocked.");
    expect(fake.callsTo(`GET /api/organisations/${ORG}/cohorts/${CHILD_GROUP.id}/children`).length).toBeGreaterThan(0);
    expect(within(section).queryByRole('button', { name: /^Export/ })).toBeNull();
    expect(within(section).queryByRole('button', { name: /^Delete/ })).toBeNull();
  });
});
