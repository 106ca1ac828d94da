// Shared by the specs only (no Jest globals here, so it also compiles in the build).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IssuerKey } from './issuer-key.js';
import type { OpenBadgeInput } from './open-badge.js';

export const HOLDER_EMAIL = 'Camille.Martin@example.org';

export function sampleBadgeInput(key: IssuerKey, statusListCredential: string, statusListIndex = 7): OpenBadgeInput {
  return {
    key,
    id: 'https://clef.example/certificates/0b6f3c1e-7c55-4a3b-9d61-5f0e1a2b3c4d',
    issuer: { name: 'Clef — Centre de formation', url: 'https://clef.example' },
    name: 'Certificat : Écrire un courriel professionnel',
    validFrom: new Date(Date.now() - 60_000),
    holder: { email: HOLDER_EMAIL, name: 'Camille Martin' },
    achievement: {
      id: 'https://clef.example/modules/courriel-pro',
      name: 'Écrire un courriel professionnel',
      description: 'A réussi le module « Écrire un courriel professionnel » de Clef.',
      criteriaNarrative: 'Obtenir au moins 80 % au quiz final du module.',
      achievementType: 'Certificate',
      inLanguage: 'fr',
      alignments: [
        {
          targetName: 'Compétence en lecture et écriture',
          targetUrl: 'https://clef.example/competences/litteratie',
          targetCode: 'litteratie',
          targetDescription: 'Comprendre et produire des textes écrits.',
          targetType: 'ceasn:Competency',
        },
      ],
    },
    status: { statusListCredential, statusListIndex },
  };
}

/** A plain HTTP server on 127.0.0.1 that serves JSON documents by path, as Clef would serve its status lists. */
export interface DocumentServer {
  baseUrl: string;
  serve(path: string, document: object): void;
  close(): Promise<void>;
}

export async function startDocumentServer(): Promise<DocumentServer> {
  const documents = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const body = documents.get(request.url ?? '');
    response.writeHead(body ? 200 : 404, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    response.end(body ?? '{"error":"not found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    serve: (path, document) => documents.set(path, JSON.stringify(document)),
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
