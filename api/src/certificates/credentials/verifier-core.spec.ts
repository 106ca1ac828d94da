// Clef's credentials checked by a verifier nobody here wrote: the Digital Credentials Consortium's verifier-core.
import { verifyCredential } from '@digitalcredentials/verifier-core';
import { generateIssuerKey, loadIssuerKey, type IssuerKey } from './issuer-key.js';
import { issueOpenBadgeCredential } from './open-badge.js';
import { issueStatusListCredential } from './status-list.js';
import type { CredentialWithProofSet, SignedCredential } from './sign.js';
import { sampleBadgeInput, startDocumentServer, type DocumentServer } from './testing.js';

const STATUS_PATH = '/status/1';
const INDEX = 7;

interface Step {
  id: string;
  valid?: boolean;
  error?: { name?: string; message: string };
}

async function checkWithVerifierCore(credential: object): Promise<{ errors?: { name?: string }[]; log?: Step[] }> {
  return (await verifyCredential({ credential: credential as never, knownDIDRegistries: [] })) as never;
}

const step = (result: { log?: Step[] }, id: string) => result.log?.find((entry) => entry.id === id);

// verifier-core also fetches the Open Badges JSON schema from purl.imsglobal.org. Offline that fails, and the
// failure is non-fatal: it only lands in `additionalInformation`. Its console noise is filtered out here.
const SCHEMA_NOISE = /^(Error fetching schema|error checking schema)/;
function quietSchemaFetchErrors(): () => void {
  const { error, log } = console;
  console.error = (...args: unknown[]) => (SCHEMA_NOISE.test(String(args[0])) ? undefined : error(...args));
  console.log = (...args: unknown[]) => (SCHEMA_NOISE.test(String(args[0])) ? undefined : log(...args));
  return () => Object.assign(console, { error, log });
}

interface SchemaCheck {
  id: string;
  results: string | Array<{ result: { valid: boolean; errors?: unknown } }>;
}

describe('an Open Badge issued by Clef, checked by @digitalcredentials/verifier-core', () => {
  let server: DocumentServer;
  let key: IssuerKey;
  let credential: CredentialWithProofSet;
  let restoreConsole: () => void;

  const publishStatusList = async (revokedIndices: number[]) =>
    server.serve(
      STATUS_PATH,
      await issueStatusListCredential({ key, id: server.baseUrl + STATUS_PATH, revokedIndices }),
    );

  beforeAll(async () => {
    restoreConsole = quietSchemaFetchErrors();
    server = await startDocumentServer();
    key = await loadIssuerKey(await generateIssuerKey()); // did:key issuer
    await publishStatusList([]);
    credential = await issueOpenBadgeCredential(sampleBadgeInput(key, server.baseUrl + STATUS_PATH, INDEX));
  });

  afterAll(async () => {
    restoreConsole();
    await server.close();
  });

  it('accepts the signature, and the status list it fetches over HTTP says "not revoked"', async () => {
    const result = await checkWithVerifierCore(credential);

    expect(result.errors).toBeUndefined();
    expect(step(result, 'valid_signature')).toEqual({ id: 'valid_signature', valid: true });
    expect(step(result, 'expiration')?.valid).toBe(true);
    expect(step(result, 'revocation_status')).toEqual({ id: 'revocation_status', valid: true });
  });

  it('accepts as well a credential whose proof is a single object, as Clef issued them before', async () => {
    const issuedBefore: SignedCredential = { ...credential, proof: credential.proof[0] };

    const result = await checkWithVerifierCore(issuedBefore);

    expect(result.errors).toBeUndefined();
    expect(step(result, 'valid_signature')).toEqual({ id: 'valid_signature', valid: true });
  });

  it('treats the Open Badges schema check as extra information: valid when online, unavailable offline', async () => {
    const result = (await checkWithVerifierCore(credential)) as { additionalInformation?: SchemaCheck[] };
    const schemaCheck = result.additionalInformation?.find((entry) => entry.id === 'schema_check');

    if (typeof schemaCheck?.results === 'string') {
      expect(schemaCheck.results).toMatch(/^INVALID_SCHEMA/); // could not be fetched: no network here
    } else {
      expect(schemaCheck?.results[0]?.result).toEqual({ valid: true });
    }
  });

  it('refuses a copy with one character changed in the achievement name', async () => {
    const tampered = structuredClone(credential) as unknown as { credentialSubject: { achievement: { name: string } } };
    tampered.credentialSubject.achievement.name = tampered.credentialSubject.achievement.name.replace('É', 'E');

    const result = await checkWithVerifierCore(tampered);

    expect(result.log).toBeUndefined();
    expect(result.errors?.[0]?.name).toBe('invalid_signature');
  });

  it('reports the credential revoked once the list is re-issued with its bit set', async () => {
    await publishStatusList([3, INDEX]);

    const result = await checkWithVerifierCore(credential);

    expect(step(result, 'valid_signature')?.valid).toBe(true);
    expect(step(result, 'revocation_status')).toEqual({ id: 'revocation_status', valid: false });
  });
});
