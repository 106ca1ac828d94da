import { useTranslation } from 'react-i18next';

/** The editor's own label for each field the API can name (the language part, `.fr`/`.en`, is added after). */
export const FIELD_LABELS: Record<string, string> = {
  lessons: 'lessons.title',
  assessment: 'assessment.title',
  'assessment.questions': 'versions.field.pool',
  title: 'fields.title',
  summary: 'versions.field.summary',
  audience: 'fields.audience',
  minutes: 'fields.minutes',
  competencies: 'versions.field.competencies',
  validityMonths: 'fields.validityMonths',
  'assessment.passMark': 'assessment.passMark',
  'assessment.attempts': 'assessment.attempts',
  'assessment.draw': 'assessment.draw',
  body: 'versions.field.body',
  position: 'versions.field.position',
  type: 'questions.type',
  competency: 'questions.competency',
  lesson: 'questions.lesson',
  points: 'questions.points',
  prompt: 'versions.field.prompt',
  feedback: 'versions.field.feedback',
  options: 'versions.field.options',
  answer: 'questions.answer',
  items: 'versions.field.items',
  pairs: 'questions.pairs',
  'pairs.left': 'versions.field.pairsLeft',
  'pairs.right': 'versions.field.pairsRight',
  accepted: 'questions.accepted',
  needsTranslation: 'versions.field.needsTranslation',
};

const isIndex = (part: string | undefined) => part !== undefined && /^\d+$/.test(part);

/** How the API's field paths and values are named to a reader, in the interface language. */
export function useFieldLabels() {
  const { t } = useTranslation('authoring');

  /** "Titre en français" for `title.fr`; an unknown field keeps its path rather than vanishing. */
  const fieldLabel = (field: string): string => {
    const language = /\.(fr|en)$/.exec(field)?.[1];
    const base = language ? field.slice(0, -3) : field;
    const key = FIELD_LABELS[base];
    if (!key) return field;
    return language ? `${t(key)} ${t(`inLanguage.${language}`)}` : t(key);
  };

  /** A changed value as a reader would say it: lists joined, audiences and yes/no in words, nothing as a dash. */
  const valueText = (field: string, value: unknown): string => {
    if (value === undefined || value === null || value === '') return '—';
    if (field === 'audience' && typeof value === 'string') return t(`common:audience.${value}`);
    if (typeof value === 'boolean') return value ? t('versions.yes') : t('versions.no');
    if (Array.isArray(value)) return value.join(', ');
    return typeof value === 'string' ? value : JSON.stringify(value);
  };

  /**
   * Where a problem lies, for a list read out of context: `lessons.1.title.en` is "Lesson 2 — Title in English",
   * `assessment.questions.2.options.1.fr` "Question 3 — Choices offered in French".
   */
  const placeLabel = (path: string): string => {
    const parts = path.split('.');
    const [place, rest] =
      parts[0] === 'lessons' && isIndex(parts[1])
        ? [t('versions.place.lesson', { number: Number(parts[1]) + 1 }), parts.slice(2)]
        : parts[0] === 'assessment' && parts[1] === 'questions' && isIndex(parts[2])
          ? [t('versions.place.question', { number: Number(parts[2]) + 1 }), parts.slice(3)]
          : [undefined, parts];
    const field = numberedPart(rest) ?? fieldLabel(rest.filter((part) => !isIndex(part)).join('.'));
    if (!place) return field;
    return rest.length > 0 ? t('versions.place.within', { place, field }) : place;
  };

  /** A choice, item or pair by its number, as the question editor numbers them: "Choix 2 en français". */
  const numberedPart = ([list, index, ...tail]: string[]): string | undefined => {
    if (!isIndex(index) || !['options', 'items', 'pairs'].includes(list)) return undefined;
    const number = Number(index) + 1;
    const side = tail[0] === 'left' || tail[0] === 'right' ? tail.shift() : undefined;
    const name =
      list === 'options'
        ? t('versions.place.option', { number })
        : list === 'items'
          ? t('questions.item', { number })
          : side
            ? t(side === 'left' ? 'questions.left' : 'questions.right', { number })
            : t('versions.place.pair', { number });
    const language = tail[0] === 'fr' || tail[0] === 'en' ? tail[0] : undefined;
    return language ? `${name} ${t(`inLanguage.${language}`)}` : name;
  };

  return { fieldLabel, valueText, placeLabel };
}
