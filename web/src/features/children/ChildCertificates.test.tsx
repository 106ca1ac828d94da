import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../auth/testing/render-app';

const fake = await vi.hoisted(async () => (await import('../auth/testing/fake-api')).installFakeApi());
const { CHILD, enrolment } = await import('./testing/child-fixtures');

const CERTIFICATE = {
  code: '7KQM-3XPD-9RTA',
  kind: 'module',
  moduleSlug: 'my-rights',
  moduleTitle: 'Mes droits',
  version: 1,
  issuedAt: '2026-04-03T09:00:00Z',
  expiresAt: null,
  status: 'valid',
  revokedReason: null,
  verificationUrl: 'http://localhost/verify/7KQM-3XPD-9RTA',
};

describe("a child's certificates", () => {
  beforeEach(() => {
    fake.reset();
    fake.logIn(CHILD);
    fake.answer('GET /api/me/enrolments', () => ({ status: 200, body: { items: [enrolment(true)] } }));
  });

  it('shows each certificate on the home page, in the child’s words, with its PDF and the page that proves it, nothing more', async () => {
    fake.answer('GET /api/me/certificates', () => ({ status: 200, body: { items: [CERTIFICATE] } }));
    await renderApp('/', 'fr');
    const section = await screen.findByRole('region', { name: 'Tes certificats' });
    expect(within(section).getByRole('heading', { level: 3, name: 'Mes droits' })).toBeTruthy();
    expect(within(section).getByText('Obtenu le', { exact: false })).toBeTruthy();
    expect(within(section).getByRole('link', { name: /^Télécharger mon certificat\s*:\s*Mes droits$/ }).getAttribute('href')).toBe('/api/certificates/7KQM-3XPD-9RTA/pdf?lang=fr');
    expect(within(section).getByRole('link', { name: /^Voir la page qui prouve mon certificat\s*:\s*Mes droits$/ }).getAttribute('href')).toBe('/verify/7KQM-3XPD-9RTA');
    // No credential file: it carries more than the child needs to share.
    expect(within(section).getAllByRole('link').map((link) => link.getAttribute('href'))).not.toContain('/api/certificates/7KQM-3XPD-9RTA/credential');
  });

  it('opens the page that proves it inside the child’s space', async () => {
    fake.answer('GET /api/certificates/verify/7KQM-3XPD-9RTA', () => ({
      status: 200,
      body: {
        code: CERTIFICATE.code,
        kind: 'module',
        holderName: 'Lina',
        moduleTitle: 'Mes droits',
        version: 1,
        programmeModules: null,
        competencies: [],
        issuedAt: CERTIFICATE.issuedAt,
        expiresAt: null,
        issuer: { name: 'Clef', id: 'did:key:z6Mk', url: 'http://localhost' },
        status: 'valid',
        revokedAt: null,
        revokedReason: null,
        signatureValid: true,
      },
    }));
    await renderApp('/verify/7KQM-3XPD-9RTA', 'fr');
    await screen.findByRole('heading', { level: 2, name: 'Certificat valide' });
  });
});
