import request from 'supertest';
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

  it('opens development tools (the caught mail) to anyone outside production only, and has no other such route', async () => {
    const developmentOnly = routeHandlers(testApp)
      .filter(({ controller, handler }) => (Reflect.getMetadata(ACCESS, handler) ?? Reflect.getMetadata(ACCESS, controller))?.kind === 'developmentOnly')
      .map(({ path }) => path);
    expect(developmentOnly).toEqual(['/api/dev/mail']);
    await request(testApp.http).get('/api/dev/mail').expect(200);

    const production = await createTestApp({ NODE_ENV: 'production', CLEF_PUBLIC_URL: 'https://clef.example.org', SMTP_URL: 'smtp://127.0.0.1:2525' });
    try {
      const refused = await request(production.http).get('/api/dev/mail').expect(404);
      expect(refused.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'There is no GET /api/dev/mail in this API.' });
    } finally {
      await production.close();
    }
  });
});
