import type { Language } from '../../common/i18n/language.js';
import type { MessageKey } from '../../common/i18n/messages.en.js';
import { translate } from '../../common/i18n/translate.js';
import { MAX_POOL } from '../../content/content.schema.js';
import type { ImportPreviewDto } from '../dto/authoring.dto.js';
import type { QuestionDefinitionDto } from '../dto/definition.dto.js';
import type { ImportMessage } from './imported-question.js';
import type { ImportOutcome } from './question-import.js';

const list = (language: Language, items: string[]) => new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
// French quotes hold their text with no-break spaces, so that « never ends a line.
const quote = (language: Language, text: string) => (language === 'fr' ? `«\u00a0${text}\u00a0»` : `"${text}"`);
const percent = (language: Language, value: number) => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);

// Moodle's grades such as 83.33333 % are written whole: rounded, a refused grade could read like an allowed one.
const exactPercent = (language: Language, value: number) => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 7 }).format(value / 100);

/** A note in the trainer's language: numbers, percentages and quoted answers written as that language writes them. */
function noteText(language: Language, { key, params }: ImportMessage): string {
  const written = Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      if (name === 'percents') return [name, list(language, (value as number[]).map((v) => percent(language, v)))];
      if (name === 'grades') return [name, list(language, (value as number[]).map((v) => exactPercent(language, v)))];
      if (name === 'feedbacks') return [name, list(language, (value as MessageKey[]).map((key) => translate(language, key)))];
      if (name === 'answers') return [name, list(language, (value as string[]).map((v) => quote(language, v)))];
      return [name, typeof value === 'number' ? new Intl.NumberFormat(language).format(value) : value];
    }),
  );
  return translate(language, key, written);
}

/** Why the import is refused as a whole: the pool would pass its limit with the questions it adds. */
export function poolOverflow(poolSize: number, added: number): ImportMessage | undefined {
  const count = poolSize + added;
  return count > MAX_POOL ? { key: 'authoring.poolTooLarge', params: { limit: MAX_POOL, total: count } } : undefined;
}

/** The plan as the preview shows it, in the trainer's language, with what each question loses on the way in. */
export function describeImport(plan: ImportOutcome[], language: Language, poolSize: number): ImportPreviewDto {
  const questions = plan.map(({ number, line, title, question, reason, notes }) => ({
    number,
    line,
    title,
    status: question ? ('ready' as const) : ('refused' as const),
    ...(question ? { question: question as QuestionDefinitionDto } : {}),
    ...(reason ? { reason: noteText(language, reason) } : {}),
    notes: notes.map((note) => noteText(language, note)),
  }));
  const ready = questions.filter((q) => q.status === 'ready').length;
  const overflow = poolOverflow(poolSize, ready);
  return { questions, ready, refused: questions.length - ready, ...(overflow ? { refusal: translate(language, overflow.key, overflow.params) } : {}) };
}
