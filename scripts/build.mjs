import { checkNodeVersion, ensureBuilt, ensureInstalled } from './lib/prepare.mjs';

checkNodeVersion();
await ensureInstalled();
await ensureBuilt();
