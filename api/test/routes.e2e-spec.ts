import { ACCESS } from '../src/common/auth/public.decorator.js';
import { routeHandlers } from './support/route-handlers.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('every route says who may call it', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('has an access rule (@Public, @LoggedIn, @PlatformAdmin …) on each handler or its controller', () => {
    const undeclared: string[] = [];
    const routes = routeHandlers(testApp);
    for (const { name, path, controller, handler } of routes) {
      const rule = Reflect.getMetadata(ACCESS, handler) ?? Reflect.getMetadata(ACCESS, controller);
      if (!rule) undeclared.push(`${name} (${path})`);
      // An organisation rule is checked against the route's :organisationId: without it, it could not hold.
      if (rule?.kind === 'organisation' && !path.includes(':organisationId')) undeclared.push(`${name}: no :organisationId in ${path}`);
    }
    expect(routes.length).toBeGreaterThan(5);
    expect(undeclared).toEqual([]);
  });
});
