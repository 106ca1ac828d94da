import type request from 'supertest';

/** For supertest's `.buffer(true).parse(binary)`: reads a binary answer (a zip, an image) whole into `body`. */
export const binary = (response: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};
