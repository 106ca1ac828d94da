// Clef's signed credentials: Open Badges 3.0 on VC 2.0 with eddsa-rdfc-2022 proofs, issued and checked offline.
export { createDocumentLoader, type DocumentLoader, type UrlResolver } from './document-loader.js';
export { didWebDocument, didWebDocumentUrl, type DidDocument } from './did-web.js';
export {
  generateIssuerKey,
  importIssuerKey,
  issuerDid,
  loadIssuerKey,
  publicKeyOf,
  IssuerKey,
  type SerialisedIssuerKey,
} from './issuer-key.js';
export { hashEmail, identityMatchesEmail, type IdentityObject } from './identity-hash.js';
export {
  buildOpenBadgeCredential,
  issueOpenBadgeCredential,
  type CompetencyAlignment,
  type OpenBadgeInput,
} from './open-badge.js';
export { DEFAULT_STATUS_LIST_LENGTH, issueStatusListCredential, type StatusListInput } from './status-list.js';
export type { CredentialWithProofSet, SignedCredential } from './sign.js';
export { verifyOpenBadgeCredential, type CredentialCheck, type VerifyOptions } from './verify.js';
