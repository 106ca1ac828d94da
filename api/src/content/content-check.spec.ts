import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_CONTENT, copyContent } from '../../test/support/content-fixture.js';
import { readContent } from './content-reader.js';

describe('content check', () => {
  it('finds the bundled content sound: 8 competencies, 10 professional and 4 children modules', () => {
    const { bundle, problems } = readContent(BUNDLED_CONTENT);
    expect(problems).toEqual([]);
    expect(bundle.competencies.map((c) => c.code)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8']);
    expect(bundle.modules.filter((m) => m.audience === 'professional')).toHaveLength(10);
    expect(bundle.modules.filter((m) => m.audience === 'child')).toHaveLength(4);
    expect(bundle.programmes.map((p) => p.slug)).toEqual([
      'child-friendly-justice-foundations',
      'protecting-children-together',
      'exploitation-and-trafficking',
      'health-care-for-child-victims',
      'my-rights-journey',
      'my-rights-teens',
    ]);
    expect(bundle.programmes.find((p) => p.slug === 'my-rights-teens')?.modules).toEqual(['my-voice-counts', 'teen-rights']);
    expect(bundle.programmes.find((p) => p.slug === 'protecting-children-together')?.modules.at(-1)).toBe('children-on-the-move');
    expect(bundle.countries.map((c) => c.code)).toEqual(['FR', 'BE', 'CH', 'CA', 'GB', 'SN', 'CI', 'BF']);
    // Nothing is verified yet (content-facts.md asks for each to be checked against its source first).
    expect(bundle.countries.flatMap((c) => c.helplines ?? []).every((helpline) => !helpline.verified && helpline.source && helpline.checked)).toBe(true);
    for (const module of bundle.modules) {
      expect(module.lessons.length).toBeGreaterThanOrEqual(3);
      expect(module.assessment.questions.length).toBeGreaterThanOrEqual(module.audience === 'child' ? 8 : 10);
    }
  });

  describe('on broken samples, names file, line and reason', () => {
    let content: ReturnType<typeof copyContent>;
    beforeEach(() => {
      content = copyContent();
    });
    afterEach(() => content.remove());
    const problemsOf = () => readContent(content.dir).problems;

    it('a YAML syntax error', () => {
      content.edit('modules/my-rights/module.yaml', (text) => `${text}\ntitle: [unclosed\n`);
      expect(problemsOf()).toContainEqual(expect.objectContaining({ file: 'modules/my-rights/module.yaml', message: expect.stringMatching(/^YAML syntax/) }));
    });

    it('a missing English text', () => {
      content.edit('modules/my-rights/module.yaml', (text) => text.replace('  en: "My rights"\n', ''));
      const problems = problemsOf();
      expect(problems).toContainEqual(expect.objectContaining({ file: 'modules/my-rights/module.yaml', field: 'title.en' }));
      expect(problems.find((p) => p.field === 'title.en')?.line).toBeGreaterThan(0);
    });

    it('a programme naming an unknown module, listing one twice, or mixing audiences', () => {
      content.edit('programmes.yaml', (text) =>
        text.replace('      - hearing-the-child\n', '      - hearing-the-childe\n').replace('      - working-together\n', '      - safeguarding-children\n').replace('      - my-voice-counts\n', '      - hearing-the-child\n'),
      );
      const problems = problemsOf().filter((p) => p.file === 'programmes.yaml');
      expect(problems.map((p) => p.message)).toEqual([
        'unknown module "hearing-the-childe"',
        'module "safeguarding-children" is listed twice',
        'mixes professional and child modules',
      ]);
      expect(problems.every((p) => (p.line ?? 0) > 0)).toBe(true);
    });

    it('a lesson without its French twin', () => {
      rmSync(join(content.dir, 'modules/my-rights/lessons/02-a-promise-for-children.fr.md'));
      expect(problemsOf()).toContainEqual(
        expect.objectContaining({ file: 'modules/my-rights/lessons/02-a-promise-for-children.fr.md', message: expect.stringMatching(/missing/) }),
      );
    });

    it('a lesson without its title line, and raw HTML', () => {
      content.edit('modules/my-rights/lessons/01-what-is-a-right.en.md', (text) => `Intro\n<script>alert(1)</script>\n${text}`);
      const problems = problemsOf().filter((p) => p.file === 'modules/my-rights/lessons/01-what-is-a-right.en.md');
      expect(problems.map((p) => p.message)).toEqual(
        expect.arrayContaining([expect.stringMatching(/first line must be the title/), expect.stringMatching(/raw HTML/)]),
      );
    });

    it('an unknown competency', () => {
      content.edit('modules/my-rights/module.yaml', (text) => text.replace(/^competencies:.*$/m, 'competencies: [C1, C42]'));
      expect(problemsOf()).toContainEqual(expect.objectContaining({ file: 'modules/my-rights/module.yaml', message: 'unknown competency "C42"' }));
    });

    it('a question pointing to a lesson the module does not have', () => {
      content.edit('modules/hearing-the-child/assessment.yaml', (text) => text.replace('lesson: why-hearing-matters', 'lesson: why-listening-matters'));
      const problems = problemsOf();
      expect(problems).toEqual([expect.objectContaining({ file: 'modules/hearing-the-child/assessment.yaml', field: 'questions.0.lesson', message: 'no lesson of this module is named "why-listening-matters"' })]);
      expect(problems[0].line).toBeGreaterThan(0);
    });

    it('a single-choice question with no correct option', () => {
      content.edit('modules/my-rights/assessment.yaml', (text) => text.replace(/correct: true/, 'correct: false'));
      const problem = problemsOf().find((p) => /exactly one correct option/.test(p.message));
      expect(problem).toMatchObject({ file: 'modules/my-rights/assessment.yaml', field: expect.stringMatching(/^questions\.\d+\.options$/) });
      expect(problem?.line).toBeGreaterThan(0);
    });

    it('an unknown question type and an empty feedback', () => {
      content.edit('modules/my-rights/assessment.yaml', (text) => text.replace(/type: true_false/, 'type: essay'));
      content.edit('modules/hearing-the-child/assessment.yaml', (text) => text.replace(/feedback:\s*\n\s*fr: "[^"]*"/, 'feedback:\n      fr: ""'));
      const problems = problemsOf();
      expect(problems).toContainEqual(expect.objectContaining({ file: 'modules/my-rights/assessment.yaml', message: expect.stringMatching(/type must be one of/) }));
      expect(problems).toContainEqual(expect.objectContaining({ file: 'modules/hearing-the-child/assessment.yaml', message: 'must not be empty' }));
    });

    it('a pool smaller than the number drawn', () => {
      content.edit('modules/my-rights/assessment.yaml', (text) => text.replace(/^draw: \d+/m, 'draw: 40'));
      expect(problemsOf()).toContainEqual(expect.objectContaining({ field: 'draw', message: expect.stringMatching(/^40 questions drawn per attempt, but the pool has only 8$/) }));
    });

    it('a country value without its source, a date that is no date, and a code that is no ISO country', () => {
      content.edit('countries.yaml', (text) =>
        text.replace(/^(\s+)source: .*\n/m, '').replace(/checked: 2026-12-07/, 'checked: last week').replace('code: BE', 'code: XX'),
      );
      const problems = problemsOf().filter((p) => p.file === 'countries.yaml');
      expect(problems.map((p) => [p.field, p.message])).toEqual(
        expect.arrayContaining([
          ['countries.0.helplines.0.source', 'every value needs its source (a URL or a document name)'],
          [expect.stringMatching(/checked$/), 'must be a date (YYYY-MM-DD)'],
          ['countries.1.code', 'must be an ISO 3166-1 alpha-2 code, e.g. FR'],
        ]),
      );
      expect(problems.every((p) => (p.line ?? 0) > 0)).toBe(true);
    });

    it('a country value that does not say whether it was verified', () => {
      content.edit('countries.yaml', (text) => text.replace(/^\s+verified: false\n/m, ''));
      expect(problemsOf()).toContainEqual(expect.objectContaining({ file: 'countries.yaml', field: 'countries.0.helplines.0.verified' }));
    });

    it('an unknown placeholder in a lesson', () => {
      content.edit('modules/recognising-abuse/lessons/03-duty-to-report.en.md', (text) => `${text}\nCall {{hotline}}.\n`);
      expect(problemsOf()).toContainEqual({
        file: 'modules/recognising-abuse/lessons/03-duty-to-report.en.md',
        message: expect.stringMatching(/^unknown placeholder "\{\{hotline\}\}" \(known: helpline, emergency/),
        field: undefined,
        line: undefined,
      });
    });

    it('a children\'s module whose last lesson does not close with the helpline', () => {
      content.edit('modules/my-rights/lessons/04-every-child-everyones-job.fr.md', (text) => text.replace(/\{\{helpline\}\}/g, 'un adulte'));
      const problems = problemsOf();
      expect(problems).toEqual([
        expect.objectContaining({ file: 'modules/my-rights/lessons/04-every-child-everyones-job.fr.md', message: expect.stringMatching(/\{\{helpline\}\} placeholder/) }),
      ]);
    });

    it('a slug that differs from its folder', () => {
      content.edit('modules/my-rights/module.yaml', (text) => text.replace(/^slug: .*$/m, 'slug: my-other-rights'));
      expect(problemsOf()).toContainEqual(expect.objectContaining({ field: 'slug', message: 'must equal the folder name "my-rights"' }));
    });
  });
});
