import { OPEN_BADGES_V3_CONTEXT, VC_V2_CONTEXT } from './contexts.js';
import { createDocumentLoader } from './document-loader.js';
import { hashedAccountIdentity, hashedEmailIdentity } from './identity-hash.js';
import type { IssuerKey } from './issuer-key.js';
import { signCredential, withProofSet, type CredentialWithProofSet } from './sign.js';
import { revocationStatusEntry } from './status-list.js';
import { assertUrl, toDateTime } from './values.js';

/** One key competency the badge attests, as an Open Badges `Alignment`. */
export interface CompetencyAlignment {
  targetName: string;
  targetUrl: string;
  targetCode: string;
  targetDescription?: string;
  /** e.g. `ceasn:Competency` or `ext:…` (Open Badges AlignmentTargetType). */
  targetType?: string;
  targetFramework?: string;
}

export interface OpenBadgeInput {
  key: IssuerKey;
  /** The credential's own URL (where Clef shows or serves it). */
  id: string;
  issuer: { name: string; url: string };
  /** The credential's title. */
  name: string;
  description?: string;
  validFrom?: Date | string;
  validUntil?: Date | string;
  /** `email` only when the holder confirmed it; otherwise `accountId`, so the credential carries no e-mail identity. */
  holder: ({ email: string; accountId?: undefined } | { accountId: string; email?: undefined }) & {
    /** Display name, shown by wallets; schema.org `name`, which the VC 2.0 and OB 3.0 contexts define. */
    name?: string;
    /** Fixed only by tests; otherwise random per credential, so two credentials of one holder are not linkable. */
    salt?: string;
  };
  achievement: {
    id: string;
    name: string;
    description: string;
    criteriaNarrative: string;
    achievementType?: string;
    inLanguage?: string;
    alignments?: CompetencyAlignment[];
  };
  status: { statusListCredential: string; statusListIndex: number };
}

/**
 * The unsigned Open Badges 3.0 `OpenBadgeCredential` (VC 2.0 data model). Every property is a term of the VC 2.0
 * or OB 3.0 context: the subject has no `id` (no DID for learners) but a hashed `identifier` (the confirmed e-mail,
 * else the account id), and the
 * criteria a `narrative`, which is what 1EdTech's validator requires of each.
 */
export function buildOpenBadgeCredential(input: OpenBadgeInput): Record<string, unknown> {
  const { key, holder, achievement } = input;
  assertUrl(input.id, 'id');
  assertUrl(input.issuer.url, 'issuer.url');
  assertUrl(achievement.id, 'achievement.id');
  achievement.alignments?.forEach((alignment, i) => assertUrl(alignment.targetUrl, `alignments[${i}].targetUrl`));

  return {
    '@context': [VC_V2_CONTEXT, OPEN_BADGES_V3_CONTEXT],
    id: input.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: key.controller, type: ['Profile'], name: input.issuer.name, url: input.issuer.url },
    validFrom: toDateTime(input.validFrom ?? new Date()),
    ...(input.validUntil !== undefined && { validUntil: toDateTime(input.validUntil) }),
    name: input.name,
    ...(input.description !== undefined && { description: input.description }),
    credentialSubject: {
      type: ['AchievementSubject'],
      ...(holder.name !== undefined && { name: holder.name }),
      identifier: [holder.email !== undefined ? hashedEmailIdentity(holder.email, holder.salt) : hashedAccountIdentity(holder.accountId, holder.salt)],
      achievement: {
        id: achievement.id,
        type: ['Achievement'],
        ...(achievement.achievementType !== undefined && { achievementType: achievement.achievementType }),
        name: achievement.name,
        description: achievement.description,
        criteria: { narrative: achievement.criteriaNarrative },
        ...(achievement.inLanguage !== undefined && { inLanguage: achievement.inLanguage }),
        ...(achievement.alignments?.length ? { alignment: achievement.alignments.map(toAlignment) } : {}),
      },
    },
    credentialStatus: revocationStatusEntry(input.status.statusListCredential, input.status.statusListIndex),
  };
}

/**
 * Builds and signs the credential entirely offline (bundled contexts only; the callback is not even offered).
 * The proof is a set because 1EdTech's Open Badges 3.0 JSON schema types `proof` as an array.
 */
export async function issueOpenBadgeCredential(input: OpenBadgeInput): Promise<CredentialWithProofSet> {
  return withProofSet(await signCredential(buildOpenBadgeCredential(input), input.key, createDocumentLoader()));
}

function toAlignment(alignment: CompetencyAlignment): Record<string, unknown> {
  const { targetName, targetUrl, targetCode, targetDescription, targetType, targetFramework } = alignment;
  return {
    type: ['Alignment'],
    targetName,
    targetUrl,
    targetCode,
    ...(targetDescription !== undefined && { targetDescription }),
    ...(targetType !== undefined && { targetType }),
    ...(targetFramework !== undefined && { targetFramework }),
  };
}
