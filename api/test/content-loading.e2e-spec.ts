import { ContentLoaderService, ContentLoadError } from '../src/content/content-loader.service.js';
import { BUNDLED_CONTENT, copyContent } from './support/content-fixture.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('loading content into PostgreSQL', () => {
  let testApp: TestApp;
  let loader: ContentLoaderService;
  const counts = async () => {
    const [row] = await testApp.dataSource.query(
      `SELECT (SELECT count(*) FROM modules)::int AS modules, (SELECT count(*) FROM module_versions)::int AS versions,
              (SELECT count(*) FROM lessons)::int AS lessons, (SELECT count(*) FROM questions)::int AS questions,
              (SELECT count(*) FROM competencies)::int AS competencies`,
    );
    return row;
  };

  beforeAll(async () => {
    testApp = await createTestApp();
    loader = testApp.app.get(ContentLoaderService);
  });
  afterAll(() => testApp.close());

  it('loads every bundled module once, and makes no change the second time', async () => {
    const first = await loader.load(BUNDLED_CONTENT);
    expect(first.created).toHaveLength(14);
    const after = await counts();
    expect(after).toMatchObject({ modules: 14, versions: 14, competencies: 8 });

    const second = await loader.load(BUNDLED_CONTENT);
    expect(second).toMatchObject({ created: [], updated: [], competenciesChanged: 0 });
    expect(second.unchanged).toHaveLength(14);
    expect(await counts()).toEqual(after);
  });

  it('turns a changed module into a new published version and keeps the old one', async () => {
    const content = copyContent();
    try {
      content.edit('modules/my-rights/module.yaml', (text) => text.replace('minutes: 30', 'minutes: 35'));
      const before = await counts();
      const result = await loader.load(content.dir);
      expect(result.updated).toEqual(['my-rights']);
      expect(result.unchanged).toHaveLength(13);
      const after = await counts();
      expect(after.versions).toBe(before.versions + 1);
      expect(after.modules).toBe(before.modules);
      const versions = await testApp.dataSource.query(
        `SELECT v.number, v.minutes, (m.current_version_id = v.id) AS current
           FROM module_versions v JOIN modules m ON m.id = v.module_id WHERE m.slug = 'my-rights' ORDER BY v.number`,
      );
      expect(versions).toEqual([
        { number: 1, minutes: 30, current: false },
        { number: 2, minutes: 35, current: true },
      ]);
    } finally {
      content.remove();
    }
  });

  it('stops on a malformed file, naming it, and leaves the database as it was', async () => {
    const content = copyContent();
    try {
      content.edit('modules/hearing-the-child/module.yaml', (text) => text.replace('minutes: 90', 'minutes: ninety'));
      content.edit('modules/my-rights/module.yaml', (text) => text.replace('minutes: 30', 'minutes: 40'));
      const before = await counts();
      const failure = loader.load(content.dir);
      await expect(failure).rejects.toBeInstanceOf(ContentLoadError);
      await expect(failure).rejects.toThrow(/modules\/hearing-the-child\/module\.yaml:\d+ \(minutes\)/);
      expect(await counts()).toEqual(before);
    } finally {
      content.remove();
    }
  });
});
