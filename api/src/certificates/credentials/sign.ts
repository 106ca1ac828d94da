import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import type { DocumentLoader } from './document-loader.js';
import type { IssuerKey } from './issuer-key.js';

type Proof = Record<string, unknown>;
/** As `vc.issue` returns it: the proof is one object. */
export type SignedCredential = Record<string, unknown> & { proof: Proof };
/** The proof as a set of one, which is how 1EdTech's Open Badges 3.0 JSON schema types `proof`. */
export type CredentialWithProofSet = Record<string, unknown> & { proof: Proof[] };

/** The suite that verifies `eddsa-rdfc-2022` Data Integrity proofs (no signer needed). */
export function verificationSuite(): DataIntegrityProof {
  return new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
}

export function issuerIdOf(issuer: unknown): string | undefined {
  if (typeof issuer === 'string') return issuer;
  if (issuer && typeof issuer === 'object' && typeof (issuer as { id?: unknown }).id === 'string') {
    return (issuer as { id: string }).id;
  }
  return undefined;
}

/**
 * Adds an `eddsa-rdfc-2022` proof (assertionMethod). Canonicalisation runs in safe mode, so a term that the
 * contexts do not define makes this throw instead of being silently dropped from what is signed.
 */
export async function signCredential(
  credential: Record<string, unknown>,
  key: IssuerKey,
  documentLoader: DocumentLoader,
): Promise<SignedCredential> {
  // Checked here because the verifier's CredentialIssuancePurpose would refuse it later, with a vaguer message.
  if (issuerIdOf(credential.issuer) !== key.controller) {
    throw new Error(`The credential issuer must be the key's controller (${key.controller})`);
  }
  const suite = new DataIntegrityProof({ signer: key.signer(), cryptosuite: eddsaRdfc2022 });
  try {
    return (await vc.issue({ credential: structuredClone(credential), suite, documentLoader })) as SignedCredential;
  } catch (error) {
    throw explainSafeModeError(error);
  }
}

/**
 * Data Integrity treats one proof and a set of one alike (the proof is not part of what is signed), so wrapping it
 * after signing keeps the signature valid.
 */
export function withProofSet(credential: SignedCredential): CredentialWithProofSet {
  return { ...credential, proof: [credential.proof] };
}

interface SafeModeError extends Error {
  details?: { event?: { code?: string; message?: string; details?: { property?: string } } };
}

// jsonld's own message is only "Safe mode validation error."; the offending term is in its details.
function explainSafeModeError(error: unknown): unknown {
  const event = (error as SafeModeError | undefined)?.details?.event;
  if (!event) return error;
  const property = event.details?.property ? ` "${event.details.property}"` : '';
  return new Error(`Cannot sign the credential: ${event.code ?? 'JSON-LD error'}${property} (${event.message})`, {
    cause: error,
  });
}
