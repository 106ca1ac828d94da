// npm run dev: the API with reload on :3000 (embedded PostgreSQL unless DATABASE_URL is set)
// and Vite with hot reload on :5173, proxying /api to the API.
import { spawn } from 'node:child_process';
import { checkNodeVersion, ensureInstalled, root } from './lib/prepare.mjs';

checkNodeVersion();
await ensureInstalled();
const children = [
  spawn('npm', ['run', 'dev', '-w', 'api'], { cwd: root, stdio: 'inherit' }),
  spawn('npm', ['run', 'dev', '-w', 'web'], { cwd: root, stdio: 'inherit' }),
];
console.log('\nAPI on http://localhost:3000/api — web client with hot reload on http://localhost:5173\n');
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((child) => child.on('exit', stop));
