import { createCredential, createList } from '@digitalbazaar/vc-bitstring-status-list';
import { createDocumentLoader } from './document-loader.js';
import type { IssuerKey } from './issuer-key.js';
import { signCredential, type SignedCredential } from './sign.js';
import { assertUrl, toDateTime } from './values.js';

/** The spec's minimum (16 KB of bits), which keeps an index from telling much about its holder. */
export const DEFAULT_STATUS_LIST_LENGTH = 131072;
const REVOCATION = 'revocation';

/** The `credentialStatus` of a credential whose revocation bit is `index` in the list at `statusListCredential`. */
export function revocationStatusEntry(statusListCredential: string, index: number): Record<string, unknown> {
  assertUrl(statusListCredential, 'statusListCredential');
  if (!Number.isSafeInteger(index) || index < 0) throw new Error(`Invalid status list index: ${index}`);
  return {
    id: `${statusListCredential}#${index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: REVOCATION,
    statusListIndex: String(index),
    statusListCredential,
  };
}

export interface StatusListInput {
  key: IssuerKey;
  /** Defaults to the key's controller; must be the same issuer as the credentials the list covers. */
  issuer?: string;
  /** The URL this credential is served at (each credential's `statusListCredential`). */
  id: string;
  revokedIndices: Iterable<number>;
  length?: number;
  validFrom?: Date | string;
  validUntil?: Date | string;
}

/** A signed `BitstringStatusListCredential` (purpose revocation) with the bits of the revoked indices set. */
export async function issueStatusListCredential(input: StatusListInput): Promise<SignedCredential> {
  const length = input.length ?? DEFAULT_STATUS_LIST_LENGTH;
  if (!Number.isSafeInteger(length) || length <= 0 || length % 8 !== 0) {
    throw new Error(`A status list length must be a positive multiple of 8, got ${length}`);
  }
  assertUrl(input.id, 'id');
  const list = await createList({ length });
  for (const index of input.revokedIndices) {
    if (!Number.isSafeInteger(index) || index < 0 || index >= length) {
      throw new Error(`Revoked index ${index} is outside the status list (length ${length})`);
    }
    list.setStatus(index, true);
  }
  const unsigned = await createCredential({ id: input.id, list, statusPurpose: REVOCATION });
  const credential = {
    ...unsigned,
    issuer: input.issuer ?? input.key.controller,
    validFrom: toDateTime(input.validFrom ?? new Date()),
    ...(input.validUntil !== undefined && { validUntil: toDateTime(input.validUntil) }),
  };
  return signCredential(credential, input.key, createDocumentLoader());
}
