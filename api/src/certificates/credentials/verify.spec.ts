import { generateIssuerKey, loadIssuerKey, type IssuerKey } from './issuer-key.js';
import { issueOpenBadgeCredential } from './open-badge.js';
import type { CredentialWithProofSet, SignedCredential } from './sign.js';
import { issueStatusListCredential } from './status-list.js';
import { sampleBadgeInput } from './testing.js';
import { verifyOpenBadgeCredential } from './verify.js';

const STATUS_URL = 'https://clef.example/api/credentials/status/1';
const INDEX = 42;

describe('verifyOpenBadgeCredential', () => {
  let key: IssuerKey;
  let credential: CredentialWithProofSet;
  let statusList: SignedCredential;
  const requested: string[] = [];
  // Stands in for Clef's own routes: it serves the current status list from memory.
  const resolveUrl = async (url: string) => {
    requested.push(url);
    return url === STATUS_URL ? statusList : undefined;
  };

  beforeAll(async () => {
    key = await loadIssuerKey(await generateIssuerKey());
    statusList = await issueStatusListCredential({ key, id: STATUS_URL, revokedIndices: [] });
    credential = await issueOpenBadgeCredential(sampleBadgeInput(key, STATUS_URL, INDEX));
  });

  it('accepts an intact, unrevoked, unexpired credential, asking the callback only for the status list', async () => {
    requested.length = 0;
    const check = await verifyOpenBadgeCredential(credential, { resolveUrl });

    expect(check).toEqual({ signatureValid: true, revoked: false, expired: false, issuer: key.controller, errors: [] });
    expect(requested).toEqual([STATUS_URL]);
  });

  // Credentials stored before proofs became a set keep their single proof object; they must keep verifying.
  it('accepts a credential issued with its proof as a single object, as Clef did before, and refuses it tampered', async () => {
    const [proof] = credential.proof;
    const issuedBefore: SignedCredential = { ...credential, proof };

    expect(await verifyOpenBadgeCredential(issuedBefore, { resolveUrl })).toEqual({
      signatureValid: true,
      revoked: false,
      expired: false,
      issuer: key.controller,
      errors: [],
    });
    const tampered = { ...issuedBefore, name: `${String(issuedBefore.name)}!` };
    expect((await verifyOpenBadgeCredential(tampered, { resolveUrl })).signatureValid).toBe(false);
  });

  it('refuses a copy with one character changed, and does not look at its status', async () => {
    const tampered = structuredClone(credential) as unknown as { credentialSubject: { achievement: { name: string } } };
    tampered.credentialSubject.achievement.name += '!';

    const check = await verifyOpenBadgeCredential(tampered, { resolveUrl });

    expect(check.signatureValid).toBe(false);
    expect(check.revoked).toBeNull();
    expect(check.errors.join(' ')).toMatch(/signature/i);
  });

  it('reports a revoked credential once the status list has its bit set', async () => {
    const revokedList = await issueStatusListCredential({ key, id: STATUS_URL, revokedIndices: [INDEX] });
    const check = await verifyOpenBadgeCredential(credential, {
      resolveUrl: async (url) => (url === STATUS_URL ? revokedList : undefined),
    });

    expect(check).toMatchObject({ signatureValid: true, revoked: true, expired: false });
  });

  it('reports an expired credential whose signature is still intact', async () => {
    const expired = await issueOpenBadgeCredential({
      ...sampleBadgeInput(key, STATUS_URL, INDEX),
      validFrom: '2024-01-01T00:00:00Z',
      validUntil: '2025-01-01T00:00:00Z',
    });

    const check = await verifyOpenBadgeCredential(expired, { resolveUrl });

    expect(check).toMatchObject({ signatureValid: true, revoked: false, expired: true });
  });

  it('leaves the revocation unknown when the status list cannot be had', async () => {
    const check = await verifyOpenBadgeCredential(credential, { resolveUrl: async () => undefined });

    expect(check).toMatchObject({ signatureValid: true, revoked: null });
    expect(check.errors.join(' ')).toContain(STATUS_URL);
  });

  it('does not trust a status list signed by another issuer', async () => {
    const otherKey = await loadIssuerKey(await generateIssuerKey());
    const foreignList = await issueStatusListCredential({ key: otherKey, id: STATUS_URL, revokedIndices: [] });

    const check = await verifyOpenBadgeCredential(credential, { resolveUrl: async () => foreignList });

    expect(check).toMatchObject({ signatureValid: true, revoked: null });
    expect(check.errors.join(' ')).toMatch(/issuer/i);
  });

  it('answers, rather than throws, for something that is not a signed credential', async () => {
    for (const input of [null, 'text', [], { name: 'no proof' }]) {
      expect(await verifyOpenBadgeCredential(input)).toMatchObject({ signatureValid: false, revoked: null });
    }
  });
});
