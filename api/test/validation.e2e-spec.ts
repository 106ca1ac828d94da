import request from 'supertest';
import { ProbeModule } from './support/probe.module.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('request validation', () => {
  let testApp: TestApp;
  const valid = { name: 'Amina', email: 'amina@example.org', level: 3 };

  beforeAll(async () => {
    testApp = await createTestApp({}, { extraModules: [ProbeModule] });
  });
  afterAll(() => testApp.close());

  it('accepts a valid body', async () => {
    await request(testApp.http).post('/api/test-probe').send(valid).expect(201, valid);
  });

  it('refuses an unknown field with 400 and the documented shape', async () => {
    const response = await request(testApp.http)
      .post('/api/test-probe')
      .send({ ...valid, isAdmin: true })
      .expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Some fields are not valid.',
      details: [{ field: 'isAdmin', rule: 'unknownField', message: '"isAdmin" is not an accepted field.' }],
    });
  });

  it('refuses a wrong type and names the field, in French when asked', async () => {
    const response = await request(testApp.http)
      .post('/api/test-probe?lang=fr')
      .send({ ...valid, level: 'high' })
      .expect(400);
    expect(response.body.message).toBe('Certains champs ne sont pas valides.');
    expect(response.body.details).toContainEqual({
      field: 'level',
      rule: 'isInt',
      message: 'level : saisissez un nombre entier.',
    });
  });

  it('refuses malformed JSON with 400, not 500', async () => {
    const response = await request(testApp.http)
      .post('/api/test-probe')
      .set('Content-Type', 'application/json')
      .send('{"name": ')
      .expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, message: 'The request body is not valid JSON.' });
  });
});
