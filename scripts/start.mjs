// npm start: install and build what is stale, then run Clef in this very process
// (so that Ctrl-C and SIGTERM reach the server and its embedded PostgreSQL directly).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkNodeVersion, ensureBuilt, ensureInstalled, root } from './lib/prepare.mjs';

checkNodeVersion();
await ensureInstalled();
await ensureBuilt();
await import(pathToFileURL(join(root, 'api', 'dist', 'api', 'src', 'main.js')).href);
