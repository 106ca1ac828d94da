import request from 'supertest';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('error shape', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('answers an unknown API route with a JSON 404 in English by default', async () => {
    const response = await request(testApp.http).get('/api/no-such-thing').expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'There is no GET /api/no-such-thing in this API.',
    });
  });

  it('answers in French when the browser asks for French', async () => {
    const response = await request(testApp.http)
      .get('/api/no-such-thing')
      .set('Accept-Language', 'fr-CA,fr;q=0.9,en;q=0.5')
      .expect(404);
    expect(response.body.message).toBe('Cette API ne propose pas GET /api/no-such-thing.');
    expect(response.headers['content-language']).toBe('fr');
  });

  it('lets ?lang= win over Accept-Language', async () => {
    const response = await request(testApp.http).get('/api/nothing?lang=en').set('Accept-Language', 'fr').expect(404);
    expect(response.body.message).toMatch(/^There is no GET/);
  });
});
