// Jest compiles global set-up as CommonJS and ignores moduleNameMapper: register swc, then load the TypeScript.
import '@swc-node/register/esm-register';

export default async function globalSetup() {
  const { startTestServer } = await import('./test-server.ts');
  globalThis.__clefTestServer = await startTestServer();
}
