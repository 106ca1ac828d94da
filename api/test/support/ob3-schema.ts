// 1EdTech's Open Badges 3.0 JSON schema for AchievementCredentials, encoded here for the tests (validated offline).
//
// Source: the schema published at https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json,
// built in the GitHub repository 1EdTech/openbadges-specification (VC 2.0 build, the one with `validFrom`). No npm
// package ships that JSON, so it is not copied here: `OB3_SCHEMA` restates its structure, types and `required` lists
// for every class a Clef credential uses (descriptions and the classes Clef never emits left out, so an unknown
// property passes where the schema has `additionalProperties: true`, as it does there).
// `OB3_CONFORMANCE` adds what the specification states and 1EdTech's validator checks outside the schema.
import { Ajv2019, type ErrorObject } from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';

const string = { type: 'string' } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;
// The schema's extensible vocabularies: a listed term, or `ext:` and a name of one's own.
const extensible = (terms: string[]) => ({ oneOf: [{ type: 'string', enum: terms }, { type: 'string', pattern: '(ext:)[a-z|A-Z|0-9|.|-|_]+' }] });
// A `type` that is an array of IRIs containing the class name (the VC 2.0 build never accepts a bare string).
const typeContaining = (...names: string[]) => ({ type: 'array', minItems: 1, contains: { enum: names }, items: string });
const arrayOf = (ref: string) => ({ type: 'array', items: { $ref: `#/$defs/${ref}` } });
const languageCode = { type: 'string', pattern: '^[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$' };
const identifierTypes = [
  'name', 'sourcedId', 'systemId', 'productId', 'userName', 'accountId', 'emailAddress', 'nationalIdentityNumber', 'isbn',
  'issn', 'lisSourcedId', 'oneRosterSourcedId', 'sisSourcedId', 'ltiContextId', 'ltiDeploymentId', 'ltiToolId',
  'ltiPlatformId', 'ltiUserId', 'identifier',
];
const achievementTypes = [
  'Achievement', 'ApprenticeshipCertificate', 'Assessment', 'Assignment', 'AssociateDegree', 'Award', 'Badge',
  'BachelorDegree', 'Certificate', 'CertificateOfCompletion', 'Certification', 'CommunityService', 'Competency', 'Course',
  'CoCurricular', 'Degree', 'Diploma', 'DoctoralDegree', 'Fieldwork', 'GeneralEducationDevelopment',
  'JourneymanCertificate', 'LearningProgram', 'License', 'Membership', 'ProfessionalDoctorate',
  'QualityAssuranceCredential', 'MasterCertificate', 'MasterDegree', 'MicroCredential', 'ResearchDoctorate',
  'SecondarySchoolDiploma',
];
const alignmentTargetTypes = ['ceasn:Competency', 'ceterms:Credential', 'CFItem', 'CFRubric', 'CFRubricCriterion', 'CFRubricCriterionLevel', 'CTDL'];

export const OB3_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2019-09/schema#',
  $id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json',
  type: 'object',
  properties: {
    '@context': {
      type: 'array',
      minItems: 2,
      items: [
        { enum: ['https://www.w3.org/ns/credentials/v2'] },
        { type: 'string', pattern: '^https:\\/\\/purl\\.imsglobal\\.org\\/spec\\/ob\\/v3p0\\/context(-3\\.\\d\\.\\d)*\\.json$' },
      ],
      additionalItems: { $ref: '#/$defs/Context' },
    },
    id: string,
    type: { allOf: [typeContaining('VerifiableCredential'), typeContaining('AchievementCredential', 'OpenBadgeCredential')] },
    name: string,
    description: string,
    image: { $ref: '#/$defs/Image' },
    awardedDate: dateTime,
    credentialSubject: { $ref: '#/$defs/AchievementSubject' },
    endorsementJwt: { type: 'array', items: { type: 'string', pattern: '^[a-zA-Z0-9_-]+\\.[a-zA-Z0-9_-]*\\.[a-zA-Z0-9_-]+$' } },
    evidence: arrayOf('Evidence'),
    issuer: { $ref: '#/$defs/ProfileRef' },
    validFrom: dateTime,
    validUntil: dateTime,
    proof: arrayOf('Proof'),
    credentialSchema: arrayOf('CredentialSchema'),
    credentialStatus: { $ref: '#/$defs/CredentialStatus' },
    refreshService: { $ref: '#/$defs/RefreshService' },
    termsOfUse: arrayOf('TermsOfUse'),
  },
  required: ['@context', 'id', 'type', 'credentialSubject', 'issuer', 'validFrom'],
  additionalProperties: true,
  $defs: {
    Context: { oneOf: [string, { type: 'object' }] },
    TermsOfUse: { type: 'object', properties: { id: string, type: string }, required: ['type'], additionalProperties: true },
    CredentialStatus: { type: 'object', properties: { id: string, type: string }, required: ['id', 'type'], additionalProperties: true },
    RefreshService: { type: 'object', properties: { id: string, type: string }, required: ['id', 'type'], additionalProperties: true },
    CredentialSchema: { type: 'object', properties: { id: string, type: string }, required: ['id', 'type'], additionalProperties: true },
    AchievementSubject: {
      type: 'object',
      properties: {
        id: string,
        type: typeContaining('AchievementSubject'),
        activityEndDate: dateTime,
        activityStartDate: dateTime,
        creditsEarned: { type: 'number' },
        achievement: { $ref: '#/$defs/Achievement' },
        identifier: arrayOf('IdentityObject'),
        image: { $ref: '#/$defs/Image' },
        licenseNumber: string,
        narrative: string,
        role: string,
        source: { $ref: '#/$defs/Profile' },
        term: string,
      },
      required: ['type', 'achievement'],
      additionalProperties: true,
    },
    IdentityObject: {
      type: 'object',
      properties: {
        type: { type: 'string', enum: ['IdentityObject'] },
        hashed: { type: 'boolean' },
        identityHash: string,
        identityType: extensible(identifierTypes),
        salt: string,
      },
      required: ['type', 'hashed', 'identityHash', 'identityType'],
      additionalProperties: false,
    },
    Evidence: {
      type: 'object',
      properties: { id: string, type: typeContaining('Evidence'), narrative: string, name: string, description: string, genre: string, audience: string },
      required: ['type'],
      additionalProperties: true,
    },
    Achievement: {
      type: 'object',
      properties: {
        id: string,
        type: typeContaining('Achievement'),
        alignment: arrayOf('Alignment'),
        achievementType: extensible(achievementTypes),
        creator: { $ref: '#/$defs/Profile' },
        creditsAvailable: { type: 'number' },
        criteria: { $ref: '#/$defs/Criteria' },
        description: string,
        fieldOfStudy: string,
        humanCode: string,
        image: { $ref: '#/$defs/Image' },
        inLanguage: languageCode,
        name: string,
        specialization: string,
        tag: { type: 'array', items: string },
        version: string,
      },
      required: ['id', 'type', 'criteria', 'description', 'name'],
      additionalProperties: true,
    },
    Alignment: {
      type: 'object',
      properties: {
        type: typeContaining('Alignment'),
        targetCode: string,
        targetDescription: string,
        targetName: string,
        targetFramework: string,
        targetType: extensible(alignmentTargetTypes),
        targetUrl: string,
      },
      required: ['type', 'targetName', 'targetUrl'],
      additionalProperties: true,
    },
    Criteria: { type: 'object', properties: { id: string, narrative: string }, required: [], additionalProperties: true },
    Proof: {
      type: 'object',
      properties: {
        type: string,
        created: dateTime,
        cryptosuite: string,
        challenge: string,
        domain: string,
        nonce: string,
        proofPurpose: string,
        proofValue: string,
        verificationMethod: string,
      },
      required: ['type'],
      additionalProperties: true,
    },
    Image: {
      type: 'object',
      properties: { id: string, type: { type: 'string', enum: ['Image'] }, caption: string },
      required: ['id', 'type'],
      additionalProperties: false,
    },
    ProfileRef: { oneOf: [string, { $ref: '#/$defs/Profile' }] },
    Profile: {
      type: 'object',
      properties: {
        id: string,
        type: typeContaining('Profile'),
        name: string,
        url: string,
        phone: string,
        description: string,
        image: { $ref: '#/$defs/Image' },
        email: string,
        official: string,
        parentOrg: { $ref: '#/$defs/Profile' },
        dateOfBirth: { type: 'string', format: 'date' },
      },
      required: ['id', 'type'],
      additionalProperties: true,
    },
  },
};

/**
 * What the specification requires beyond the schema, as 1EdTech's validator checks it: the credential's `name` (its
 * data model has it [1]); at least one proof, each an embedded Data Integrity proof with its purpose, key and value;
 * a subject with an `id` or at least one `identifier` (CredentialSubjectProbe); criteria with an `id` or a `narrative`.
 */
export const OB3_CONFORMANCE = {
  $schema: 'https://json-schema.org/draft/2019-09/schema#',
  type: 'object',
  required: ['name', 'proof'],
  properties: {
    name: { type: 'string', minLength: 1 },
    proof: {
      type: 'array',
      minItems: 1,
      items: { type: 'object', required: ['type', 'created', 'proofPurpose', 'verificationMethod', 'proofValue'] },
    },
    credentialSubject: {
      type: 'object',
      anyOf: [
        { required: ['id'], properties: { id: { type: 'string', minLength: 1 } } },
        { required: ['identifier'], properties: { identifier: { type: 'array', minItems: 1 } } },
      ],
      properties: {
        achievement: {
          type: 'object',
          properties: { criteria: { type: 'object', anyOf: [{ required: ['id'] }, { required: ['narrative'] }] } },
        },
      },
    },
  },
};

// ajv-formats is CommonJS: imported from ESM, its plugin is the module's `default`.
const addFormats = addFormatsModule.default;
// Strict, except for the published schema's open `@context` tuple (two fixed items, then any context) and for
// OB3_CONFORMANCE requiring properties that OB3_SCHEMA, not itself, defines.
const ajv = new Ajv2019({ allErrors: true, strict: true, strictTuples: false, strictRequired: false });
addFormats(ajv);
const validators = [ajv.compile(OB3_SCHEMA), ajv.compile(OB3_CONFORMANCE)];

/** Every way a credential fails 1EdTech's Open Badges 3.0 schema and conformance checks, as `path message` lines. */
export function ob3SchemaErrors(credential: unknown): string[] {
  return validators.flatMap((validate) =>
    validate(credential) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message}`),
  );
}
