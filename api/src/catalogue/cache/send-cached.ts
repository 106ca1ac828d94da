import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CachedBody } from './published-content-cache.js';

// Below this, compression saves less than its headers cost.
const COMPRESS_ABOVE = 1024;

const ENCODINGS = { br: { suffix: '-br' }, gzip: { suffix: '-gz' } } as const;

/** The tags a client holds, without weak markers or the per-encoding suffix. */
const heldHashes = (ifNoneMatch: string | undefined) =>
  (ifNoneMatch ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, '').replace(/^"|"$/g, '').replace(/-(br|gz)$/, ''));

/**
 * Sends a cached published body: `304` when the client already holds it, else the precompressed bytes its
 * Accept-Encoding allows. Public content any proxy may keep, revalidated on every use (`no-cache`), so a publish shows
 * at once.
 */
export function sendCached(request: FastifyRequest, reply: FastifyReply, body: CachedBody) {
  const encoding = body.identity.length > COMPRESS_ABOVE ? (negotiate(request.headers['accept-encoding'] ?? '', ['br', 'gzip']) as keyof typeof ENCODINGS | null) : null;
  // Each encoding is its own representation, so it has its own strong tag.
  reply
    .header('cache-control', 'public, no-cache')
    .header('vary', 'Accept-Language, Accept-Encoding')
    .header('etag', `"${body.hash}${encoding ? ENCODINGS[encoding].suffix : ''}"`);
  if (heldHashes(request.headers['if-none-match']).includes(body.hash)) return reply.status(304).send();
  reply.header('content-type', 'application/json; charset=utf-8');
  if (!encoding) return reply.send(body.identity);
  return reply.header('content-encoding', encoding).send(body[encoding]);
}
