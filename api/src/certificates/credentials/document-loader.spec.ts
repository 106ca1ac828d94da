import { OPEN_BADGES_V3_CONTEXT, VC_V2_CONTEXT } from './contexts.js';
import { createDocumentLoader } from './document-loader.js';
import { generateIssuerKey, loadIssuerKey } from './issuer-key.js';
import { issueOpenBadgeCredential } from './open-badge.js';
import { issueStatusListCredential } from './status-list.js';
import { sampleBadgeInput } from './testing.js';
import { verifyOpenBadgeCredential } from './verify.js';

describe('createDocumentLoader', () => {
  it('serves the contexts and did:key documents from the bundled packages', async () => {
    const load = createDocumentLoader();
    const key = await loadIssuerKey(await generateIssuerKey());

    for (const url of [
      VC_V2_CONTEXT,
      OPEN_BADGES_V3_CONTEXT,
      'https://w3id.org/security/data-integrity/v2',
      'https://www.w3.org/ns/did/v1',
    ]) {
      expect((await load(url)).document).toHaveProperty('@context');
    }
    expect((await load(key.controller)).document).toMatchObject({ id: key.controller });
    expect((await load(key.id)).document).toMatchObject({ id: key.id, controller: key.controller });
  });

  it('refuses any other URL and any did:web unless the caller provides it', async () => {
    const load = createDocumentLoader();
    await expect(load('https://example.org/context.json')).rejects.toThrow(/Refusing/);
    await expect(load('did:web:example.org#key-1')).rejects.toThrow(/Refusing/);

    const provided = createDocumentLoader({ resolveUrl: async (url) => ({ provided: url }) });
    expect((await provided('https://clef.example/status/1')).document).toEqual({ provided: 'https://clef.example/status/1' });
  });

  it('never lets the callback replace a bundled context', async () => {
    const asked: string[] = [];
    const load = createDocumentLoader({ resolveUrl: async (url) => (asked.push(url), { '@context': {} }) });

    const { document } = await load(VC_V2_CONTEXT);

    expect(asked).toEqual([]);
    expect(JSON.stringify(document)).toContain('VerifiableCredential');
  });

  it('issues and verifies without any network request', async () => {
    const realFetch = globalThis.fetch;
    const fetched: string[] = [];
    globalThis.fetch = async (input) => {
      fetched.push(String(input));
      throw new Error('no network in this test');
    };
    try {
      const key = await loadIssuerKey(await generateIssuerKey());
      const statusUrl = 'https://clef.example/status/1';
      const list = await issueStatusListCredential({ key, id: statusUrl, revokedIndices: [], length: 8 * 1024 });
      const credential = await issueOpenBadgeCredential(sampleBadgeInput(key, statusUrl));
      const check = await verifyOpenBadgeCredential(credential, { resolveUrl: async (url) => (url === statusUrl ? list : undefined) });

      expect(check).toMatchObject({ signatureValid: true, revoked: false });
      expect(fetched).toEqual([]);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
