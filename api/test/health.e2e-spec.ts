import request from 'supertest';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('GET /api/health', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('says ok when the real database answers', async () => {
    const response = await request(testApp.http).get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers 503 with database "down" when the database is gone', async () => {
    await testApp.database.drop();
    const response = await request(testApp.http).get('/api/health').expect(503);
    expect(response.body).toEqual({ status: 'error', database: 'down' });
  });
});
