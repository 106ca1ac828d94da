import fc from 'fast-check';
import { operationsOf, requestArbitrary, type FuzzRequest } from './support/fuzz/request-arbitrary.js';
import { responseChecker } from './support/fuzz/response-checks.js';
import { fuzzWorld } from './support/fuzz/fuzz-world.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Half the requests always the same (a fixed seed), half new on every run; FUZZ_SEED replays a printed one.
const FIXED_SEED = 20261207;
const REQUESTS_PER_SEED = 5_000;
const varyingSeed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const IN_FLIGHT = 8;

describe('OpenAPI-driven fuzzing: every route, as every role, with hostile requests', () => {
  let testApp: TestApp;
  let world: Awaited<ReturnType<typeof fuzzWorld>>;

  beforeAll(async () => {
    testApp = await createTestApp();
    world = await fuzzWorld(testApp);
  }, 120_000);
  afterAll(() => testApp?.close());

  const inject = (request: Omit<FuzzRequest, 'operation' | 'role' | 'mutation'>) =>
    testApp.app.getHttpAdapter().getInstance().inject({ method: request.method as 'GET', url: request.url, headers: request.headers, payload: request.payload });

  async function fuzz(seed: number) {
    const document = JSON.parse((await inject({ method: 'GET', url: '/api/docs-json', headers: {} })).body);
    const operations = operationsOf(document);
    const components = document.components.schemas;
    const check = responseChecker(components);
    const requests = fc.sample(requestArbitrary(operations, world.cookies, world.known, components), { seed, numRuns: REQUESTS_PER_SEED });
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const sent = new Set(requests.flatMap((request) => [request.operation, request.role]));
    for (let start = 0; start < requests.length; start += IN_FLIGHT) {
      await Promise.all(
        requests.slice(start, start + IN_FLIGHT).map(async (request) => {
          const response = await inject(request);
          statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
          for (const problem of check(request, response)) {
            const payload = typeof request.payload === 'string' ? request.payload.slice(0, 200) : request.payload ? `<${request.payload.length} bytes>` : '';
            failures.push(`${request.method} ${request.url.slice(0, 200)} as ${request.role} (${request.mutation}, ${JSON.stringify(request.headers)}) ${payload}\n    → ${problem}`);
          }
        }),
      );
    }
    return { operations, failures, statuses, sent };
  }

  it.each([
    ['the fixed seed', FIXED_SEED],
    ['a new seed', varyingSeed],
  ])('finds no 5xx, no undocumented error and no leak with %s', async (_name, seed) => {
    const { operations, failures, statuses, sent } = await fuzz(seed);
    expect(operations.length).toBeGreaterThan(80);
    // Every operation of the document, as every caller.
    expect([...operations.map((o) => `${o.method} ${o.path}`), ...Object.keys(world.cookies)].filter((name) => !sent.has(name))).toEqual([]);
    if (failures.length) {
      throw new Error(`${failures.length} problems with seed ${seed} (replay: FUZZ_SEED=${seed}):\n${[...new Set(failures)].slice(0, 30).join('\n')}`);
    }
    // The fuzzer must get past the front door too, or it proves nothing about the handlers.
    expect([...statuses.keys()].filter((status) => status < 300).length).toBeGreaterThan(0);
    expect((await inject({ method: 'GET', url: '/api/health', headers: {} })).json()).toEqual({ status: 'ok', database: 'up' });
  }, 150_000);
});
