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

    it('a slug that differs from its folder', () => {
      content.edit('modules/my-rights/module.yaml', (text) => text.replace(/^slug: .*$/m, 'slug: my-other-rights'));
      expect(problemsOf()).toContainEqual(expect.objectContaining({ field: 'slug', message: 'must equal the folder name "my-rights"' }));
    });
  });
});
