import { translate } from '../common/i18n/translate.js';
import type { MessageKey } from '../common/i18n/messages.en.js';
import { normalizeText } from '../common/text/normalize.js';
import type { SourceMap } from './content-reader.js';
import { IMAGE_REF, markdownImages } from './image-ref.js';
import type { ContentBundle, ContentProblem, Localized, ModuleDefinition, ProgrammeDefinition, QuestionDefinition } from './content.types.js';
import { lessonName } from './lesson-key.js';
import { PLACEHOLDER_PATTERN, PLACEHOLDERS, unknownPlaceholders } from './placeholders.js';
import type { Path } from './yaml-file.js';

const MIN_POOL = { professional: 10, child: 8 } as const;
const MIN_TYPES = 4;
const LESSONS = { min: 3, max: 6 };
const PLACEHOLDER = /\b(TODO|TBD|FIXME|lorem ipsum)\b/i;
const RAW_HTML = /<\/?[a-z][a-z0-9-]*(\s[^>]*)?>/i;

/** A rule's message key (in common/i18n/messages.*) and its parameters: content:check prints it in English, the authoring API in the caller's language. */
export type RuleKey = Extract<MessageKey, `content.${string}`>;
export interface RuleProblem {
  /** Path in a ModuleDefinition, e.g. `assessment.questions.3.options`. */
  field: string;
  rule: RuleKey;
  params: Record<string, unknown>;
}

/** Where a problem lies: its file in content/, and the matching place in a ModuleDefinition. */
interface Place {
  file: string;
  base: Path;
}
type Report = (place: Place, path: Path, rule: RuleKey, params?: Record<string, unknown>) => void;

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((value) => seen.has(value) || !seen.add(value)))];
}

const SAME_TEXT = { options: 'content.sameOptionText', items: 'content.sameItemText', left: 'content.sameLeftText', right: 'content.sameRightText' } as const;

function checkQuestion(question: QuestionDefinition, index: number, place: Place, known: Set<string> | undefined, report: Report) {
  const path = ['questions', index];
  if (known && question.competency && !known.has(question.competency)) report(place, [...path, 'competency'], 'content.unknownCompetency', { code: question.competency });
  const sameIds = (ids: string[], field: string) => duplicates(ids).forEach((id) => report(place, [...path, field], 'content.idTwice', { id }));
  // Empty texts are a draft's untranslated side: missing, not ambiguous (publishing reports them as missing).
  const distinctTexts = (texts: Localized[], field: string, what: keyof typeof SAME_TEXT) => {
    for (const language of ['fr', 'en'] as const) {
      duplicates(texts.map((t) => normalizeText(t[language])).filter(Boolean)).forEach(() => report(place, [...path, field], SAME_TEXT[what], { language }));
    }
  };
  switch (question.type) {
    case 'single_choice': {
      sameIds(question.options.map((o) => o.id), 'options');
      distinctTexts(question.options, 'options', 'options');
      const correct = question.options.filter((o) => o.correct).length;
      if (correct !== 1) report(place, [...path, 'options'], 'content.singleChoiceCorrect', { found: correct });
      break;
    }
    case 'multiple_choice': {
      sameIds(question.options.map((o) => o.id), 'options');
      distinctTexts(question.options, 'options', 'options');
      const correct = question.options.filter((o) => o.correct).length;
      if (correct === 0) report(place, [...path, 'options'], 'content.multipleChoiceNoCorrect');
      if (correct === question.options.length) report(place, [...path, 'options'], 'content.multipleChoiceNoWrong');
      break;
    }
    case 'ordering':
      sameIds(question.items.map((i) => i.id), 'items');
      distinctTexts(question.items, 'items', 'items');
      break;
    case 'matching':
      sameIds(question.pairs.map((p) => p.id), 'pairs');
      distinctTexts(question.pairs.map((p) => p.left), 'pairs', 'left');
      distinctTexts(question.pairs.map((p) => p.right), 'pairs', 'right');
      break;
    case 'short_text':
      if (question.accepted.fr.length + question.accepted.en.length === 0) report(place, [...path, 'accepted'], 'content.noAcceptedAnswer');
      for (const language of ['fr', 'en'] as const) {
        if (question.accepted[language].some((answer) => normalizeText(answer) === '')) {
          report(place, [...path, 'accepted', language], 'content.punctuationAnswer');
        }
      }
      break;
    case 'true_false':
      break;
  }
}

function checkModule(module: ModuleDefinition, known: Set<string>, report: Report) {
  const moduleFile: Place = { file: `modules/${module.slug}/module.yaml`, base: [] };
  const assessmentFile: Place = { file: `modules/${module.slug}/assessment.yaml`, base: ['assessment'] };
  module.competencies.forEach((code, index) => {
    if (!known.has(code)) report(moduleFile, ['competencies', index], 'content.unknownCompetency', { code });
  });

  const { lessons } = module;
  lessons.forEach((lesson, index) => {
    const expected = index + 1;
    for (const language of ['fr', 'en'] as const) {
      const file = `modules/${module.slug}/lessons/${lesson.key}.${language}.md`;
      const body: Place = { file, base: ['lessons', index, 'body', language] };
      if (lesson.position !== expected) report({ file, base: ['lessons', index, 'position'] }, [], 'content.lessonNumbering', { expected: String(expected).padStart(2, '0') });
      if (!lesson.body[language]) report(body, [], 'content.lessonEmpty');
      if (RAW_HTML.test(lesson.body[language])) report(body, [], 'content.rawHtml');
      if (PLACEHOLDER.test(lesson.body[language])) report(body, [], 'content.placeholder');
      // The app's Content-Security-Policy shows only its own images; each needs a text alternative in its language.
      markdownImages(lesson.body[language]).forEach(({ alt, src }, number) => {
        if (!IMAGE_REF.test(src)) report(body, [], 'content.externalImage', { src: src.slice(0, 200) });
        else if (alt.trim() === '') report(body, [], 'content.imageAlt', { number: number + 1 });
      });
      for (const name of unknownPlaceholders(lesson.body[language])) report(body, [], 'content.unknownPlaceholder', { name, known: Object.keys(PLACEHOLDERS).join(', ') });
    }
  });

  const { questions, draw } = module.assessment;
  duplicates(questions.map((q) => q.id)).forEach((id) => report(assessmentFile, ['questions'], 'content.questionIdTwice', { id }));
  questions.forEach((question, index) => checkQuestion(question, index, assessmentFile, known, report));
  const lessonNames = new Set(lessons.map((lesson) => lessonName(lesson.key)));
  questions.forEach((question, index) => {
    if (question.lesson && !lessonNames.has(lessonName(question.lesson))) {
      report(assessmentFile, ['questions', index, 'lesson'], 'content.unknownLesson', { lesson: question.lesson });
    }
  });
  if (draw > questions.length) report(assessmentFile, ['draw'], 'content.drawExceedsPool', { draw, poolSize: questions.length });
  if (PLACEHOLDER.test(JSON.stringify(module.assessment))) report(assessmentFile, [], 'content.placeholder');
}

/**
 * The bureau's quality bar for its bundled curriculum (content/): enough lessons, a pool large and varied enough that
 * two attempts differ. content:check enforces it; for a module written in the authoring space it is advice only.
 */
function checkCurriculumMinimums(module: ModuleDefinition, report: Report) {
  const { lessons, assessment } = module;
  if (lessons.length < LESSONS.min || lessons.length > LESSONS.max) {
    report({ file: `modules/${module.slug}/lessons`, base: ['lessons'] }, [], 'content.lessonCount', { min: LESSONS.min, max: LESSONS.max, found: lessons.length });
  }
  const assessmentFile: Place = { file: `modules/${module.slug}/assessment.yaml`, base: ['assessment'] };
  const minimum = MIN_POOL[module.audience];
  const count = assessment.questions.length;
  if (count < minimum) report(assessmentFile, ['questions'], 'content.poolTooSmall', { audience: module.audience, minimum, found: count });
  const types = new Set(assessment.questions.map((q) => q.type));
  if (types.size < MIN_TYPES) report(assessmentFile, ['questions'], 'content.tooFewTypes', { minimum: MIN_TYPES, found: types.size });
}

/** A children's module ends by telling the child whom to talk to if it worried them: their country's helpline. */
function checkChildClosing(module: ModuleDefinition, report: Report) {
  const last = module.lessons.at(-1);
  if (module.audience !== 'child' || !last) return;
  for (const language of ['fr', 'en'] as const) {
    const names = [...last.body[language].matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1]);
    if (!names.includes('helpline')) report({ file: `modules/${module.slug}/lessons/${last.key}.${language}.md`, base: [] }, [], 'content.childClosingHelpline');
  }
}

function checkProgramme(programme: ProgrammeDefinition, index: number, modules: Map<string, ModuleDefinition>, report: Report) {
  const place: Place = { file: 'programmes.yaml', base: [] };
  const path = ['programmes', index];
  duplicates(programme.modules).forEach((slug) => report(place, [...path, 'modules'], 'content.moduleListedTwice', { slug }));
  const audiences = new Set<string>();
  programme.modules.forEach((slug, position) => {
    const module = modules.get(slug);
    if (!module) report(place, [...path, 'modules', position], 'content.unknownModule', { slug });
    else audiences.add(module.audience);
  });
  if (audiences.size > 1) report(place, [...path, 'modules'], 'content.mixedAudiences');
  if (PLACEHOLDER.test(JSON.stringify(programme))) report(place, path, 'content.placeholder');
}

/** Rules across files: known competencies, answerable questions, both languages, the curriculum minimums. */
export function checkBundle(bundle: ContentBundle, sources: SourceMap): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report: Report = ({ file }, path, rule, params = {}) =>
    problems.push({ file, line: sources.yaml.get(file)?.lineOf(path), field: path.join('.') || undefined, message: translate('en', rule, params) });
  const root: Place = { file: 'competencies.yaml', base: [] };

  const codes = bundle.competencies.map((c) => c.code);
  duplicates(codes).forEach((code) => report(root, ['competencies'], 'content.competencyTwice', { code }));
  const known = new Set(codes);
  duplicates(bundle.modules.map((m) => m.slug)).forEach((slug) => report({ file: `modules/${slug}/module.yaml`, base: [] }, ['slug'], 'content.slugTwice'));
  bundle.modules.forEach((module) => {
    checkModule(module, known, report);
    checkCurriculumMinimums(module, report);
    checkChildClosing(module, report);
  });
  duplicates(bundle.countries.map((c) => c.code)).forEach((code) => report({ file: 'countries.yaml', base: [] }, ['countries'], 'content.countryTwice', { code }));
  duplicates(bundle.programmes.map((p) => p.slug)).forEach((slug) => report({ file: 'programmes.yaml', base: [] }, ['programmes'], 'content.programmeSlugTwice', { slug }));
  const modules = new Map(bundle.modules.map((m) => [m.slug, m]));
  bundle.programmes.forEach((programme, index) => checkProgramme(programme, index, modules, report));
  return problems;
}

function collector(): { problems: RuleProblem[]; report: Report } {
  const problems: RuleProblem[] = [];
  return { problems, report: ({ base }, path, rule, params = {}) => problems.push({ field: [...base, ...path].join('.'), rule, params }) };
}

/** What keeps one module definition from being published (authoring): the content/ rules but the curriculum minimums. */
export function checkModuleDefinition(module: ModuleDefinition, knownCompetencies: Set<string>): RuleProblem[] {
  const { problems, report } = collector();
  checkModule(module, knownCompetencies, report);
  return problems;
}

export type CurriculumRule = Extract<RuleKey, 'content.lessonCount' | 'content.poolTooSmall' | 'content.tooFewTypes'>;

/** Where a module falls short of the bundled curriculum's minimums (authoring: advice, or a refusal for a bundled module). */
export function curriculumFindings(module: ModuleDefinition): (RuleProblem & { rule: CurriculumRule })[] {
  const { problems, report } = collector();
  checkCurriculumMinimums(module, report);
  return problems as (RuleProblem & { rule: CurriculumRule })[];
}

/** Only what makes each question answerable (authoring: on every draft save). */
export function checkQuestions(questions: QuestionDefinition[], knownCompetencies?: Set<string>): RuleProblem[] {
  const { problems, report } = collector();
  const place: Place = { file: 'assessment.yaml', base: ['assessment'] };
  duplicates(questions.map((q) => q.id)).forEach((id) => report(place, ['questions'], 'content.questionIdTwice', { id }));
  questions.forEach((question, index) => checkQuestion(question, index, place, knownCompetencies, report));
  return problems;
}
