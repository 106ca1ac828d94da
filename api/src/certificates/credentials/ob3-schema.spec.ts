// Every shape of credential Clef issues, against 1EdTech's Open Badges 3.0 schema and conformance checks (offline).
import { ob3SchemaErrors } from '../../../test/support/ob3-schema.js';
import { generateIssuerKey, loadIssuerKey, type IssuerKey } from './issuer-key.js';
import { issueOpenBadgeCredential, type OpenBadgeInput } from './open-badge.js';
import type { CredentialWithProofSet } from './sign.js';
import { sampleBadgeInput } from './testing.js';

const STATUS_URL = 'https://clef.example/api/credentials/status/1';

describe('Open Badges 3.0 schema conformance of Clef credentials', () => {
  let key: IssuerKey;
  let credential: CredentialWithProofSet;

  beforeAll(async () => {
    key = await loadIssuerKey(await generateIssuerKey());
    credential = await issueOpenBadgeCredential(sampleBadgeInput(key, STATUS_URL));
  });

  it('accepts a module certificate, a programme certificate, and one with every optional part left out', async () => {
    const sample = sampleBadgeInput(key, STATUS_URL, 3);
    const shapes: Record<string, OpenBadgeInput> = {
      'module certificate with an expiry': { ...sample, validUntil: new Date(Date.now() + 3 * 365 * 86_400_000) },
      'programme certificate': {
        ...sample,
        id: 'https://clef.example/verify/ABCD-EFGH-JKMN',
        achievement: {
          id: 'https://clef.example/programmes/my-rights-journey',
          name: 'Mon parcours des droits',
          description: 'Un parcours de trois modules.',
          criteriaNarrative: 'Avoir validé chacun des modules du parcours : A, B, C.',
          inLanguage: 'fr',
        },
      },
      'bare minimum (child account: placeholder e-mail, no competency, no description)': {
        ...sample,
        description: undefined,
        holder: { email: '0b6f3c1e@accounts.clef.invalid' },
        achievement: { id: 'https://clef.example/modules/x', name: 'X', description: 'X', criteriaNarrative: 'X' },
      },
    };

    expect(ob3SchemaErrors(credential)).toEqual([]);
    for (const [shape, input] of Object.entries(shapes)) {
      expect({ shape, errors: ob3SchemaErrors(await issueOpenBadgeCredential(input)) }).toEqual({ shape, errors: [] });
    }
  });

  it('emits the proof as a set of one, which the schema requires (a single object is refused)', () => {
    expect(credential.proof).toEqual([expect.objectContaining({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' })]);
    expect(ob3SchemaErrors({ ...credential, proof: credential.proof[0] })).toContain('/proof must be array');
  });

  it.each([
    ['no VC 2.0 context first', (c: Draft) => (c['@context'] = [...c['@context']].reverse()), '/@context/0 must be equal to one of the allowed values'],
    ['no OpenBadgeCredential type', (c: Draft) => (c.type = ['VerifiableCredential']), '/type must contain at least 1 valid item(s)'],
    ['a type that is a bare string', (c: Draft) => (c.type = 'OpenBadgeCredential'), '/type must be array'],
    ['no validFrom', (c: Draft) => delete c.validFrom, "/ must have required property 'validFrom'"],
    ['a validFrom that is not a date-time', (c: Draft) => (c.validFrom = '2026-05-01'), '/validFrom must match format "date-time"'],
    ['no name', (c: Draft) => delete c.name, "/ must have required property 'name'"],
    ['an issuer without the Profile type', (c: Draft) => (c.issuer.type = ['Organization']), '/issuer/type must contain at least 1 valid item(s)'],
    ['a subject with neither id nor identifier', (c: Draft) => delete c.credentialSubject.identifier, "/credentialSubject must have required property 'id'"],
    ['an identifier with a property of its own', (c: Draft) => (c.credentialSubject.identifier[0].email = 'x'), '/credentialSubject/identifier/0 must NOT have additional properties'],
    ['an achievement without criteria', (c: Draft) => delete c.credentialSubject.achievement.criteria, "/credentialSubject/achievement must have required property 'criteria'"],
    ['criteria with neither id nor narrative', (c: Draft) => (c.credentialSubject.achievement.criteria = {}), "/credentialSubject/achievement/criteria must have required property 'narrative'"],
    ['an achievement without description', (c: Draft) => delete c.credentialSubject.achievement.description, "/credentialSubject/achievement must have required property 'description'"],
    ['an unknown achievement type', (c: Draft) => (c.credentialSubject.achievement.achievementType = 'Trophy'), '/credentialSubject/achievement/achievementType must match exactly one schema in oneOf'],
    ['a status without id', (c: Draft) => delete c.credentialStatus.id, "/credentialStatus must have required property 'id'"],
    ['a proof without its value', (c: Draft) => delete c.proof[0].proofValue, "/proof/0 must have required property 'proofValue'"],
    ['an empty proof set', (c: Draft) => (c.proof = []), '/proof must NOT have fewer than 1 items'],
  ])('refuses a credential with %s', (_, spoil, error) => {
    const draft = structuredClone(credential) as Draft;
    spoil(draft);
    expect(ob3SchemaErrors(draft)).toContain(error);
  });
});

// A credential being spoiled on purpose: any path goes.
type Draft = Record<string, any>;
