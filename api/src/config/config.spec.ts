import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('uses documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, nodeEnv: 'development', databaseUrl: undefined, corsOrigins: [] });
  });

  it('stops with a message naming every bad setting', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', CORS_ORIGINS: 'not a url' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/DATABASE_URL: must be a postgres/);
    }
  });

  it('reads CORS origins as a list', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example' }).corsOrigins).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });

  it('sends mail through SMTP_URL, refuses a URL that is not SMTP, and refuses production without it', () => {
    const config = loadConfig({ SMTP_URL: 'smtps://user:secret@smtp.example.org:465', CLEF_PUBLIC_URL: 'https://clef.example.org' });
    expect(config).toMatchObject({ smtpUrl: 'smtps://user:secret@smtp.example.org:465', mailFrom: 'Clef <no-reply@clef.example.org>' });
    expect(loadConfig({}).smtpUrl).toBeUndefined();
    expect(() => loadConfig({ SMTP_URL: 'http://smtp.example.org' })).toThrow(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect(() => loadConfig({ NODE_ENV: 'production', CLEF_PUBLIC_URL: 'https://clef.example.org' })).toThrow(/SMTP_URL: required in production/);
    expect(loadConfig({ MAIL_FROM: 'École <ecole@example.org>' }).mailFrom).toBe('École <ecole@example.org>');
  });
});
