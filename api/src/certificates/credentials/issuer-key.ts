import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { Ed25519KeyPair, Signer } from '@digitalbazaar/ed25519-multikey';
import { DID_WEB_KEY_FRAGMENT, didWebFromBaseUrl, isDidWeb } from './did-web.js';

const DID_KEY_PREFIX = 'did:key:';

/** What Clef stores (encrypted or otherwise protected by the caller): the only form that carries the secret. */
export interface SerialisedIssuerKey {
  type: 'Ed25519Multikey';
  publicKeyMultibase: string;
  secretKeyMultibase: string;
}

/**
 * An Ed25519 signing key bound to the issuer DID. The library key pair (which holds the secret in plain
 * properties) lives in a private field: JSON.stringify, console.log and util.inspect show only the public part.
 */
export class IssuerKey {
  readonly #keyPair: Ed25519KeyPair;

  constructor(
    keyPair: Ed25519KeyPair,
    readonly controller: string,
    readonly id: string,
  ) {
    this.#keyPair = keyPair;
  }

  get publicKeyMultibase(): string {
    return this.#keyPair.publicKeyMultibase;
  }

  /** A signer for Data Integrity proofs; it keeps the secret in a closure. */
  signer(): Signer {
    return this.#keyPair.signer();
  }

  toJSON(): { id: string; controller: string; publicKeyMultibase: string } {
    return { id: this.id, controller: this.controller, publicKeyMultibase: this.publicKeyMultibase };
  }
}

/** A fresh key, serialised as JSON: this string is the one explicit export of the secret. */
export async function generateIssuerKey(): Promise<string> {
  const keyPair = await Ed25519Multikey.generate();
  const { publicKeyMultibase, secretKeyMultibase } = await keyPair.export({ publicKey: true, secretKey: true });
  const record: SerialisedIssuerKey = {
    type: 'Ed25519Multikey',
    publicKeyMultibase: publicKeyMultibase!,
    secretKeyMultibase: secretKeyMultibase!,
  };
  return JSON.stringify(record);
}

/** The public half of a serialised key, e.g. to derive the issuer DID before importing. */
export function publicKeyOf(serialised: string): { publicKeyMultibase: string } {
  return { publicKeyMultibase: parseSerialisedKey(serialised).publicKeyMultibase };
}

/**
 * `did:key:<publicKeyMultibase>` by default (self-certifying, needs no hosting);
 * `did:web:…` when Clef has a public https base URL (see did-web.ts for where its document must be served).
 */
export function issuerDid(key: { publicKeyMultibase: string }, publicBaseUrl?: string): string {
  return publicBaseUrl ? didWebFromBaseUrl(publicBaseUrl) : DID_KEY_PREFIX + key.publicKeyMultibase;
}

/** The verification method id: `did:key:z…#z…` for did:key, `did:web:…#key-1` for did:web. */
export function verificationMethodId(controller: string, publicKeyMultibase: string): string {
  return `${controller}#${isDidWeb(controller) ? DID_WEB_KEY_FRAGMENT : publicKeyMultibase}`;
}

/** Restores a key and binds it to the issuer DID; refuses a did:key that is not this key's own. */
export async function importIssuerKey(serialised: string, controller: string): Promise<IssuerKey> {
  const record = parseSerialisedKey(serialised);
  if (controller.startsWith(DID_KEY_PREFIX) && controller !== DID_KEY_PREFIX + record.publicKeyMultibase) {
    throw new Error('The did:key controller does not match the issuer key');
  }
  if (!controller.startsWith(DID_KEY_PREFIX) && !isDidWeb(controller)) {
    throw new Error('The issuer key controller must be a did:key or did:web DID');
  }
  const id = verificationMethodId(controller, record.publicKeyMultibase);
  let keyPair: Ed25519KeyPair;
  try {
    keyPair = await Ed25519Multikey.from({ ...record, type: 'Multikey', id, controller });
  } catch {
    throw new Error('The stored issuer key could not be decoded');
  }
  await assertHalvesMatch(keyPair);
  return new IssuerKey(keyPair, controller, id);
}

/** Loads the stored key and binds it to the DID Clef issues under (did:web with a base URL, did:key otherwise). */
export async function loadIssuerKey(serialised: string, publicBaseUrl?: string): Promise<IssuerKey> {
  return importIssuerKey(serialised, issuerDid(publicKeyOf(serialised), publicBaseUrl));
}

// Error messages here never quote the input: it contains the secret (V8's JSON.parse errors quote a snippet).
function parseSerialisedKey(serialised: string): SerialisedIssuerKey {
  let value: unknown;
  try {
    value = JSON.parse(serialised);
  } catch {
    throw new Error('The stored issuer key is not valid JSON');
  }
  const record = value as Partial<SerialisedIssuerKey> | null;
  if (
    typeof record?.publicKeyMultibase !== 'string' ||
    typeof record.secretKeyMultibase !== 'string' ||
    !record.publicKeyMultibase.startsWith('z6Mk')
  ) {
    throw new Error('The stored issuer key must hold an Ed25519 publicKeyMultibase and secretKeyMultibase');
  }
  const { publicKeyMultibase, secretKeyMultibase } = record;
  return { type: 'Ed25519Multikey', publicKeyMultibase, secretKeyMultibase };
}

// A store that mixed up two keys would yield credentials nobody can verify: catch it at start, not at issue.
async function assertHalvesMatch(keyPair: Ed25519KeyPair): Promise<void> {
  const data = new TextEncoder().encode('clef issuer key check');
  const signature = await keyPair.signer().sign({ data });
  if (!(await keyPair.verifier().verify({ data, signature }))) {
    throw new Error('The stored issuer key is inconsistent: its secret half does not match its public half');
  }
}
