import { OPEN_BADGES_V3_CONTEXT, VC_V2_CONTEXT } from './contexts.js';
import { createDocumentLoader } from './document-loader.js';
import { hashEmail, identityMatchesEmail, type IdentityObject } from './identity-hash.js';
import { generateIssuerKey, loadIssuerKey, type IssuerKey } from './issuer-key.js';
import { buildOpenBadgeCredential, issueOpenBadgeCredential } from './open-badge.js';
import { signCredential, type CredentialWithProofSet } from './sign.js';
import { HOLDER_EMAIL, sampleBadgeInput } from './testing.js';

const STATUS_URL = 'https://clef.example/api/credentials/status/1';

describe('issueOpenBadgeCredential', () => {
  let key: IssuerKey;
  let credential: CredentialWithProofSet;

  beforeAll(async () => {
    key = await loadIssuerKey(await generateIssuerKey());
    credential = await issueOpenBadgeCredential(sampleBadgeInput(key, STATUS_URL, 12));
  });

  it('is an Open Badges 3.0 OpenBadgeCredential on the VC 2.0 data model', () => {
    expect(OPEN_BADGES_V3_CONTEXT).toBe('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json');
    expect(credential).toMatchObject({
      '@context': [VC_V2_CONTEXT, OPEN_BADGES_V3_CONTEXT],
      id: 'https://clef.example/certificates/0b6f3c1e-7c55-4a3b-9d61-5f0e1a2b3c4d',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: key.controller, type: ['Profile'], name: 'Clef — Centre de formation', url: 'https://clef.example' },
      name: 'Certificat : Écrire un courriel professionnel',
      credentialSubject: {
        type: ['AchievementSubject'],
        name: 'Camille Martin',
        achievement: {
          id: 'https://clef.example/modules/courriel-pro',
          type: ['Achievement'],
          criteria: { narrative: 'Obtenir au moins 80 % au quiz final du module.' },
          alignment: [
            {
              type: ['Alignment'],
              targetName: 'Compétence en lecture et écriture',
              targetUrl: 'https://clef.example/competences/litteratie',
              targetCode: 'litteratie',
              targetType: 'ceasn:Competency',
            },
          ],
        },
      },
      credentialStatus: {
        id: `${STATUS_URL}#12`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '12',
        statusListCredential: STATUS_URL,
      },
      proof: [
        {
          type: 'DataIntegrityProof',
          cryptosuite: 'eddsa-rdfc-2022',
          proofPurpose: 'assertionMethod',
          verificationMethod: key.id,
        },
      ],
    });
    expect(credential.validFrom).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(credential).not.toHaveProperty('validUntil');
  });

  it('identifies the holder by a salted hash of the e-mail, which is nowhere in clear', () => {
    const json = JSON.stringify(credential).toLowerCase();
    const [identity] = (credential.credentialSubject as { identifier: IdentityObject[] }).identifier;

    expect(json).not.toContain(HOLDER_EMAIL.toLowerCase());
    expect(json).not.toContain('camille.martin');
    expect(json).not.toContain('@example.org');
    expect(identity).toMatchObject({ type: 'IdentityObject', identityType: 'emailAddress', hashed: true });
    expect(identity.identityHash).toMatch(/^sha256\$[0-9a-f]{64}$/);
    expect(identity.identityHash).toBe(hashEmail(HOLDER_EMAIL, identity.salt));
    expect(identityMatchesEmail(identity, '  camille.martin@EXAMPLE.org ')).toBe(true);
    expect(identityMatchesEmail(identity, 'someone.else@example.org')).toBe(false);
  });

  it('salts each credential differently, so two credentials of one holder cannot be linked by the hash', async () => {
    const second = await issueOpenBadgeCredential(sampleBadgeInput(key, STATUS_URL, 13));
    const hashOf = (c: CredentialWithProofSet) => (c.credentialSubject as { identifier: IdentityObject[] }).identifier[0].identityHash;

    expect(hashOf(second)).not.toBe(hashOf(credential));
  });

  // Issuing succeeded with `name` on the AchievementSubject, so the contexts define it (schema.org `name`);
  // this proves the premise: a term they do not define is refused, not silently left out of the signature.
  it('refuses to sign a property that the VC 2.0 and Open Badges 3.0 contexts do not define', async () => {
    const unsigned = buildOpenBadgeCredential(sampleBadgeInput(key, STATUS_URL));
    (unsigned.credentialSubject as Record<string, unknown>).favouriteColour = 'blue';

    await expect(signCredential(unsigned, key, createDocumentLoader())).rejects.toThrow(/invalid property "favouriteColour"/);
  });

  it('refuses an issuer that is not the signing key’s controller, and ids that are not URLs', async () => {
    const unsigned = { ...buildOpenBadgeCredential(sampleBadgeInput(key, STATUS_URL)), issuer: 'did:key:z6MkOther' };
    await expect(signCredential(unsigned, key, createDocumentLoader())).rejects.toThrow(/controller/);
    expect(() => buildOpenBadgeCredential({ ...sampleBadgeInput(key, STATUS_URL), id: 'urn-ish' })).toThrow(/id/);
  });
});
