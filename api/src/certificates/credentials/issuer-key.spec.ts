import { inspect } from 'node:util';
import { generateIssuerKey, importIssuerKey, issuerDid, loadIssuerKey, publicKeyOf } from './issuer-key.js';

describe('issuer keys', () => {
  it('serialises a key pair and binds it to its did:key on import', async () => {
    const serialised = await generateIssuerKey();
    const record = JSON.parse(serialised) as { publicKeyMultibase: string; secretKeyMultibase: string };
    const did = issuerDid(record);

    const key = await importIssuerKey(serialised, did);

    expect(record.publicKeyMultibase).toMatch(/^z6Mk/);
    expect(record.secretKeyMultibase).toMatch(/^z/);
    expect(did).toBe(`did:key:${record.publicKeyMultibase}`);
    expect(key.controller).toBe(did);
    expect(key.id).toBe(`${did}#${record.publicKeyMultibase}`);
    expect(key.publicKeyMultibase).toBe(record.publicKeyMultibase);
  });

  it('never shows the secret when the key is logged, inspected or serialised', async () => {
    const serialised = await generateIssuerKey();
    const { secretKeyMultibase } = JSON.parse(serialised) as { secretKeyMultibase: string };
    const key = await loadIssuerKey(serialised);

    for (const view of [JSON.stringify(key), inspect(key, { depth: 10, showHidden: true }), String(key), JSON.stringify(key.signer())]) {
      expect(view).not.toContain(secretKeyMultibase);
    }
  });

  it('refuses a did:key controller that is not derived from this key', async () => {
    const serialised = await generateIssuerKey();
    const otherDid = issuerDid(publicKeyOf(await generateIssuerKey()));

    await expect(importIssuerKey(serialised, otherDid)).rejects.toThrow(/does not match/);
  });

  it('refuses a record whose secret half belongs to another key, without quoting the secret', async () => {
    const mine = JSON.parse(await generateIssuerKey()) as Record<string, string>;
    const other = JSON.parse(await generateIssuerKey()) as Record<string, string>;
    const mixed = JSON.stringify({ ...mine, secretKeyMultibase: other.secretKeyMultibase });

    await expect(loadIssuerKey(mixed)).rejects.toThrow(/inconsistent/);
    const truncated = JSON.stringify(mine).slice(0, -3);
    const error = await loadIssuerKey(truncated).catch((e: Error) => e);
    expect(String(error)).toMatch(/not valid JSON/);
    expect(String(error)).not.toContain(mine.secretKeyMultibase.slice(0, 12));
  });
});
