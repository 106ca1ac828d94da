export default async function globalTeardown() {
  await globalThis.__clefTestServer?.stop();
}
