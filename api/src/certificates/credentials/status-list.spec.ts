import { decodeList } from '@digitalbazaar/vc-bitstring-status-list';
import { generateIssuerKey, loadIssuerKey, type IssuerKey } from './issuer-key.js';
import { DEFAULT_STATUS_LIST_LENGTH, issueStatusListCredential, revocationStatusEntry } from './status-list.js';

const STATUS_URL = 'https://clef.example/api/credentials/status/1';

describe('issueStatusListCredential', () => {
  let key: IssuerKey;
  beforeAll(async () => {
    key = await loadIssuerKey(await generateIssuerKey());
  });

  it('signs a revocation BitstringStatusListCredential with exactly the revoked bits set', async () => {
    const list = await issueStatusListCredential({ key, id: STATUS_URL, revokedIndices: [0, 5, 131071] });
    const subject = list.credentialSubject as { id: string; type: string; statusPurpose: string; encodedList: string };

    expect(list).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: STATUS_URL,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: key.controller,
      proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' },
    });
    expect(subject).toMatchObject({ id: `${STATUS_URL}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation' });

    const bits = await decodeList({ encodedList: subject.encodedList });
    const set = [0, 1, 5, 6, 7, 131070, 131071].filter((index) => bits.getStatus(index));
    expect(set).toEqual([0, 5, 131071]);
    expect(bits.length).toBe(DEFAULT_STATUS_LIST_LENGTH);
  });

  it('refuses indices outside the list and lengths that are not whole bytes', async () => {
    await expect(issueStatusListCredential({ key, id: STATUS_URL, revokedIndices: [131072] })).rejects.toThrow(/outside/);
    await expect(issueStatusListCredential({ key, id: STATUS_URL, revokedIndices: [-1] })).rejects.toThrow(/outside/);
    await expect(issueStatusListCredential({ key, id: STATUS_URL, revokedIndices: [], length: 100 })).rejects.toThrow(/multiple of 8/);
  });

  it('describes a credential’s entry with the index as a string, as the specification requires', () => {
    expect(revocationStatusEntry(STATUS_URL, 3)).toEqual({
      id: `${STATUS_URL}#3`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '3',
      statusListCredential: STATUS_URL,
    });
  });
});
