import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { DataSource } from 'typeorm';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** One published answer, serialised and compressed once. */
export interface CachedBody {
  /** Strong validator: a hash of the JSON, so every instance gives the same one for the same content. */
  hash: string;
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
}

/** The key of one lesson's body: the API route and the server-rendered page share it (and the body). */
export const lessonCacheKey = (language: string, audience: string | undefined, slug: string, position: number) =>
  ['lesson', language, audience, slug, position].join('\u0000');

// Catalogue searches make keys of their own: bound the memory they can take.
const MAX_ENTRIES = 1_000;

/**
 * Catalogue, module and lesson answers kept by content revision. The revision is a counter that PostgreSQL moves
 * (a trigger) in the same transaction as any change to published content, read with one indexed row per request:
 * after a publish or an archive on any instance, the next request everywhere builds the body afresh.
 */
@Injectable()
export class PublishedContentCache {
  private revision: string | undefined;
  private readonly entries = new Map<string, Promise<CachedBody>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(key: string, produce: () => Promise<unknown>): Promise<CachedBody> {
    const [{ revision }] = await this.dataSource.query(`SELECT revision FROM content_revision`);
    if (revision !== this.revision) {
      this.entries.clear();
      this.revision = revision;
    }
    const fullKey = `${revision}\u0000${key}`;
    const cached = this.entries.get(fullKey);
    if (cached) return cached;
    const built = produce().then(serialise);
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(fullKey, built);
    // Errors (a module that does not exist) are answered as usual and never kept.
    built.catch(() => this.entries.delete(fullKey));
    return built;
  }
}

async function serialise(value: unknown): Promise<CachedBody> {
  const identity = Buffer.from(JSON.stringify(value));
  const [br, gz] = await Promise.all([
    brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
    gzipped(identity, { level: 9 }),
  ]);
  return { hash: createHash('sha256').update(identity).digest('base64url').slice(0, 32), identity, br, gzip: gz };
}
