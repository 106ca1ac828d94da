import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/config.js';
import {
  didWebDocument,
  generateIssuerKey,
  issueStatusListCredential,
  loadIssuerKey,
  publicKeyOf,
  type DidDocument,
  type IssuerKey,
  type SignedCredential,
} from './credentials/index.js';
import { IssuerKeyRecord } from './issuer-key.entity.js';

export const STATUS_LIST_PATH = '/api/credentials/status/1';

/** Clef as a credential issuer: its key, its DID, its revocation status list. */
@Injectable()
export class IssuerService {
  private key?: Promise<IssuerKey>;
  private statusList?: { fingerprint: string; credential: Promise<SignedCredential> };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** did:web needs https; elsewhere (localhost, plain-HTTP pilots) the issuer is a did:key. */
  private get didWebBaseUrl(): string | undefined {
    return this.config.publicUrlConfigured && this.config.publicUrl.startsWith('https://') ? this.config.publicUrl : undefined;
  }

  get statusListUrl(): string {
    return `${this.config.publicUrl}${STATUS_LIST_PATH}`;
  }

  issuerKey(): Promise<IssuerKey> {
    this.key ??= this.serialisedKey().then((serialised) => loadIssuerKey(serialised, this.didWebBaseUrl));
    return this.key;
  }

  /** From configuration, else the stored one, else a new one stored once (concurrent instances agree on it). */
  private async serialisedKey(): Promise<string> {
    if (this.config.issuerKey) return this.config.issuerKey;
    const keys = this.dataSource.getRepository(IssuerKeyRecord);
    await keys.createQueryBuilder().insert().values({ id: 1, serialised: await generateIssuerKey() }).orIgnore().execute();
    return (await keys.findOneByOrFail({ id: 1 })).serialised;
  }

  async didDocument(): Promise<DidDocument | undefined> {
    const base = this.didWebBaseUrl;
    if (!base) return undefined;
    return didWebDocument(publicKeyOf(await this.serialisedKey()), base);
  }

  /** The signed list, re-signed only when a revocation changed it (checked on every instance). */
  async statusListCredential(): Promise<SignedCredential> {
    const revoked: { status_index: number }[] = await this.dataSource.query(
      `SELECT status_index FROM certificates WHERE revoked_at IS NOT NULL ORDER BY status_index`,
    );
    const fingerprint = revoked.map((r) => r.status_index).join(',');
    if (this.statusList?.fingerprint !== fingerprint) {
      const key = await this.issuerKey();
      const credential = issueStatusListCredential({ key, id: this.statusListUrl, revokedIndices: revoked.map((r) => r.status_index) });
      this.statusList = { fingerprint, credential };
      credential.catch(() => (this.statusList = undefined));
    }
    return this.statusList.credential;
  }

  /** Serves Clef's own documents to the verifier without a network round trip. */
  resolveUrl = async (url: string): Promise<object | undefined> => {
    if (url === this.statusListUrl) return this.statusListCredential();
    const document = await this.didDocument();
    if (document && url.startsWith(this.config.publicUrl) && url.endsWith('did.json')) return document;
    return undefined;
  };
}
