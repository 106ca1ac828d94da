import { createServer } from 'node:net';

/** A port nothing listens on right now, chosen by the system (shared by the API, browser and bench set-ups). */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
