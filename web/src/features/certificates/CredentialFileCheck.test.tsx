import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../auth/testing/render-app';

const fake = await vi.hoisted(async () => (await import('../auth/testing/fake-api')).installFakeApi());

/** What the API answers for a file naming this platform whose signature no longer matches (the name was changed). */
const FORGED = {
  signatureValid: false,
  revoked: null,
  expired: false,
  issuedByThisPlatform: false,
  namesThisPlatform: true,
  issuer: null,
  holderName: null,
  achievementName: null,
  validFrom: null,
  errors: ['The signature is not valid'],
};
const forgedFile = () => new File([JSON.stringify({ credentialSubject: { name: 'Forged Name' }, proof: [{}] })], 'credential.json', { type: 'application/json' });

describe('checking a credential file', () => {
  beforeEach(() => {
    fake.reset();
    fake.answer('POST /api/certificates/verify', () => ({ status: 200, body: FORGED }));
  });

  it('says that a tampered file naming this platform was not signed by it, and that nothing it says is established', async () => {
    await renderApp('/verify', 'en');
    fireEvent.change(await screen.findByLabelText('Drop a credential file here, or choose one'), { target: { files: [forgedFile()] } });
    const verdict = await screen.findByRole('status');
    const lines = within(verdict).getAllByRole('listitem').map((item) => item.textContent);
    expect(within(verdict).getByText('This credential is not valid.')).toBeTruthy();
    expect(lines).toEqual([
      'The signature is missing or does not match the content: the file was altered, or was never signed.',
      'It names this platform as its issuer, but this platform did not sign this content: it was altered after it was issued, or made elsewhere.',
      'Who holds it, what it certifies and when it was issued cannot be established from this file. If you were given it as proof, ask its holder for the verification link or code.',
    ]);
    expect(verdict.textContent).not.toMatch(/issued by this platform\.|Holder:|Forged Name/);
  });

  it('says so in French', async () => {
    await renderApp('/verify', 'fr');
    fireEvent.change(await screen.findByLabelText('Déposez ici un fichier d\'attestation, ou choisissez-en un'), { target: { files: [forgedFile()] } });
    const verdict = await screen.findByRole('status');
    expect(verdict.textContent).toContain('Elle désigne cette plateforme comme émettrice, mais cette plateforme n’a pas signé ce contenu');
    expect(verdict.textContent).not.toContain('Elle a été délivrée par cette plateforme');
  });
});
