import type { FastifyReply } from 'fastify';

/** Marks the answer as a file to save, under a name the server built (never from raw input). */
export function asAttachment(reply: FastifyReply, contentType: string, fileName: string) {
  reply.header('content-type', contentType).header('content-disposition', `attachment; filename="${fileName}"`);
}
