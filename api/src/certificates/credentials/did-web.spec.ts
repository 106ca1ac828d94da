import { didWebDocument, didWebDocumentUrl, didWebFromBaseUrl } from './did-web.js';
import { generateIssuerKey, issuerDid, loadIssuerKey, publicKeyOf } from './issuer-key.js';
import { issueOpenBadgeCredential } from './open-badge.js';
import { issueStatusListCredential } from './status-list.js';
import { sampleBadgeInput } from './testing.js';
import { verifyOpenBadgeCredential } from './verify.js';

describe('did:web names', () => {
  it.each([
    ['https://clef.example', 'did:web:clef.example', 'https://clef.example/.well-known/did.json'],
    ['https://clef.example/', 'did:web:clef.example', 'https://clef.example/.well-known/did.json'],
    ['https://Formation.Example.org:8443', 'did:web:formation.example.org%3A8443', 'https://formation.example.org:8443/.well-known/did.json'],
    ['https://example.org/asso/clef/', 'did:web:example.org:asso:clef', 'https://example.org/asso/clef/did.json'],
  ])('%s → %s, resolved at %s', (baseUrl, did, documentUrl) => {
    expect(didWebFromBaseUrl(baseUrl)).toBe(did);
    expect(didWebDocumentUrl(did)).toBe(documentUrl);
    expect(didWebDocumentUrl(`${did}#key-1`)).toBe(documentUrl);
  });

  it('refuses a base URL did:web cannot resolve to', () => {
    expect(() => didWebFromBaseUrl('http://localhost:3000')).toThrow(/https/);
    expect(() => didWebFromBaseUrl('https://clef.example/?x=1')).toThrow(/query/);
  });
});

describe('a did:web issuer', () => {
  const baseUrl = 'https://clef.example';
  const statusUrl = `${baseUrl}/api/credentials/status/1`;

  it('publishes a DID document whose verification method is the key the credentials are signed with', async () => {
    const serialised = await generateIssuerKey();
    const key = await loadIssuerKey(serialised, baseUrl);
    const document = didWebDocument(key, baseUrl);

    expect(key.controller).toBe('did:web:clef.example');
    expect(issuerDid(publicKeyOf(serialised), baseUrl)).toBe(key.controller);
    expect(document.id).toBe(key.controller);
    expect(document.verificationMethod).toEqual([
      { id: key.id, type: 'Multikey', controller: key.controller, publicKeyMultibase: key.publicKeyMultibase },
    ]);
    expect(key.id).toBe('did:web:clef.example#key-1');
    expect(document.assertionMethod).toEqual([key.id]);
  });

  it('issues credentials that verify when the resolver serves that document, and only then', async () => {
    const key = await loadIssuerKey(await generateIssuerKey(), baseUrl);
    const statusList = await issueStatusListCredential({ key, id: statusUrl, revokedIndices: [] });
    const credential = await issueOpenBadgeCredential(sampleBadgeInput(key, statusUrl));
    const served: Record<string, object> = {
      'https://clef.example/.well-known/did.json': didWebDocument(key, baseUrl),
      [statusUrl]: statusList,
    };

    expect(credential.issuer).toMatchObject({ id: 'did:web:clef.example' });
    expect(credential.proof[0].verificationMethod).toBe('did:web:clef.example#key-1');
    expect(await verifyOpenBadgeCredential(credential, { resolveUrl: async (url) => served[url] })).toEqual({
      signatureValid: true,
      revoked: false,
      expired: false,
      issuer: 'did:web:clef.example',
      errors: [],
    });

    const otherKey = await loadIssuerKey(await generateIssuerKey(), baseUrl);
    const wrongDocument: Record<string, object> = { ...served, 'https://clef.example/.well-known/did.json': didWebDocument(otherKey, baseUrl) };
    const withWrongKey = await verifyOpenBadgeCredential(credential, { resolveUrl: async (url) => wrongDocument[url] });
    expect(withWrongKey.signatureValid).toBe(false);

    const unresolved = await verifyOpenBadgeCredential(credential, { resolveUrl: async () => undefined });
    expect(unresolved.signatureValid).toBe(false);
  });
});
