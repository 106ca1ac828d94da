import { DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT } from './contexts.js';

const DID_WEB_PREFIX = 'did:web:';
export const DID_WEB_KEY_FRAGMENT = 'key-1';

export interface DidDocument {
  '@context': string[];
  id: string;
  verificationMethod: Array<{ id: string; type: 'Multikey'; controller: string; publicKeyMultibase: string }>;
  assertionMethod: string[];
}

export function isDidWeb(did: string): boolean {
  return did.startsWith(DID_WEB_PREFIX);
}

/**
 * `https://host[:port][/path]` → `did:web:host[%3Aport][:path:segments]`.
 * did:web only ever resolves over HTTPS, so any other scheme is refused rather than producing an unresolvable DID.
 */
export function didWebFromBaseUrl(publicBaseUrl: string): string {
  const url = new URL(publicBaseUrl);
  if (url.protocol !== 'https:') {
    throw new Error(`did:web needs an https public base URL, got "${url.protocol}//${url.host}"`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error('The public base URL for did:web must have no query, fragment or credentials');
  }
  // URL.pathname is already percent-encoded; a ':' inside a segment would split it, so encode that too.
  const segments = url.pathname.split('/').filter(Boolean).map((segment) => segment.replaceAll(':', '%3A'));
  return [DID_WEB_PREFIX + encodeURIComponent(url.host), ...segments].join(':');
}

/**
 * Where a did:web DID document lives (did:web method specification):
 * - `did:web:example.org` → `https://example.org/.well-known/did.json`;
 * - `did:web:example.org:clef` (base URL `https://example.org/clef`) → `https://example.org/clef/did.json`,
 *   i.e. the path segments replace `.well-known`, so Clef under a path serves `<path>/did.json`.
 * A port is percent-encoded in the DID (`example.org%3A8443`) and decoded here.
 */
export function didWebDocumentUrl(did: string): string {
  if (!isDidWeb(did)) throw new Error(`Not a did:web DID: ${did}`);
  const [host, ...segments] = did.slice(DID_WEB_PREFIX.length).split(/[?#]/)[0].split(':');
  const origin = `https://${decodeURIComponent(host)}`;
  return segments.length === 0 ? `${origin}/.well-known/did.json` : `${origin}/${segments.join('/')}/did.json`;
}

/** The DID document Clef serves at {@link didWebDocumentUrl} of its did:web issuer. */
export function didWebDocument(key: { publicKeyMultibase: string }, publicBaseUrl: string): DidDocument {
  const did = didWebFromBaseUrl(publicBaseUrl);
  const keyId = `${did}#${DID_WEB_KEY_FRAGMENT}`;
  return {
    '@context': [DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT],
    id: did,
    verificationMethod: [{ id: keyId, type: 'Multikey', controller: did, publicKeyMultibase: key.publicKeyMultibase }],
    assertionMethod: [keyId],
  };
}
