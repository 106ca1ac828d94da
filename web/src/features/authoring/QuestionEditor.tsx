import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, problemsAt } from './field-ids';
import { BilingualField, DraftInput, FieldProblems } from './fields';
import type { Competency } from './ModuleFields';
import type { LessonChoice } from './lesson-choices';
import { nextLetter, withType } from './new-items';
import { BOTH, QUESTION_TYPES, type FieldProblem, type Localized, type Question, type QuestionType } from './types';

interface Props {
  question: Question;
  index: number;
  count: number;
  problems: FieldProblem[];
  competencies: Competency[];
  /** The draft's lessons, as a question may point to one for learners who miss it. */
  lessons: LessonChoice[];
  /** Stable callbacks taking the question's index, so that a pool of hundreds re-renders only the question edited. */
  onChange: (index: number, question: Question) => void;
  onMove: (index: number, to: number) => void;
  onRemove: (index: number, id: string) => void;
}

/** One question of the pool, of any type, with its prompt, answer, feedback, competency and points in both languages. */
export const QuestionEditor = memo(function QuestionEditor({ question, index, count, problems, competencies, lessons, onChange, onMove, onRemove }: Props) {
  const { t } = useTranslation('authoring');
  const path = `assessment.questions.${index}`;
  const replace = (next: Question) => onChange(index, next);
  const set = (change: Partial<Question>) => replace({ ...question, ...change });
  const label = t('questions.legend', { number: index + 1, id: question.id });
  return (
    <fieldset className="authoring-question">
      <legend>{label}</legend>
      <FieldProblems path={path} problems={problems} />
      <div className="authoring-toolbar">
        <button type="button" className="button button--secondary" disabled={index === 0} onClick={() => onMove(index, index - 1)} aria-label={t('questions.moveUp', { number: index + 1 })}>
          ↑ {t('lessons.up')}
        </button>
        <button type="button" className="button button--secondary" disabled={index === count - 1} onClick={() => onMove(index, index + 1)} aria-label={t('questions.moveDown', { number: index + 1 })}>
          ↓ {t('lessons.down')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onRemove(index, question.id)} aria-label={t('questions.remove', { number: index + 1 })}>
          {t('lessons.removeShort')}
        </button>
      </div>
      {question.needsTranslation && (
        <div className="notice notice--warning" id={fieldId(`${path}.needsTranslation`)} tabIndex={-1}>
          <p>{t('questions.needsTranslation')}</p>
          <button type="button" className="button button--secondary" onClick={() => set({ needsTranslation: undefined })}>
            {t('questions.translationChecked')}
          </button>
        </div>
      )}
      <div className="authoring-row">
        <div className="field">
          <label htmlFor={fieldId(`${path}.type`)}>{t('questions.type')}</label>
          <select id={fieldId(`${path}.type`)} value={question.type} onChange={(event) => replace(withType(question, event.target.value as QuestionType))}>
            {QUESTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`questionType.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className={problemsAt(problems, `${path}.competency`, true).length ? 'field field--invalid' : 'field'}>
          <label htmlFor={fieldId(`${path}.competency`)}>{t('questions.competency')}</label>
          <FieldProblems path={`${path}.competency`} problems={problems} />
          <select id={fieldId(`${path}.competency`)} value={question.competency} onChange={(event) => set({ competency: event.target.value })}>
            <option value="">{t('questions.noCompetency')}</option>
            {competencies.map((competency) => (
              <option key={competency.code} value={competency.code}>
                {competency.code} — {competency.title}
              </option>
            ))}
          </select>
        </div>
        <div className={problemsAt(problems, `${path}.lesson`, true).length ? 'field field--invalid' : 'field'}>
          <label htmlFor={fieldId(`${path}.lesson`)}>{t('questions.lesson')}</label>
          <FieldProblems path={`${path}.lesson`} problems={problems} />
          <select id={fieldId(`${path}.lesson`)} value={question.lesson ?? ''} onChange={(event) => set({ lesson: event.target.value || undefined })}>
            <option value="">{t('questions.noLesson')}</option>
            {lessons.map((lesson) => (
              <option key={lesson.name} value={lesson.name}>
                {lesson.title}
              </option>
            ))}
          </select>
        </div>
        <DraftInput path={`${path}.points`} label={t('questions.points')} type="number" min={1} max={100} inputMode="numeric" value={question.points ?? 1} onChange={(value) => set({ points: value === '' ? 1 : Number(value) })} problems={problems} />
      </div>
      <BilingualField path={`${path}.prompt`} label={t('questions.prompt')} value={question.prompt} onChange={(prompt) => set({ prompt })} problems={problems} multiline rows={2} />
      <AnswerEditor question={question} path={path} problems={problems} onChange={replace} />
      <BilingualField path={`${path}.feedback`} label={t('questions.feedback')} value={question.feedback} onChange={(feedback) => set({ feedback })} problems={problems} multiline rows={2} />
    </fieldset>
  );
});

function AnswerEditor({ question, path, problems, onChange }: { question: Question; path: string; problems: FieldProblem[]; onChange: (q: Question) => void }) {
  const { t } = useTranslation('authoring');
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const options = question.options ?? [];
      const single = question.type === 'single_choice';
      const setOptions = (next: typeof options) => onChange({ ...question, options: next });
      return (
        <fieldset id={fieldId(`${path}.options`)} tabIndex={-1} className="authoring-answer">
          <legend>{single ? t('questions.optionsSingle') : t('questions.optionsMultiple')}</legend>
          <FieldProblems path={`${path}.options`} problems={problems} exact={false} />
          {options.map((option, i) => (
            <div key={option.id} className="authoring-option">
              <label className="choice">
                <input
                  type={single ? 'radio' : 'checkbox'}
                  name={`${path}-correct`}
                  checked={Boolean(option.correct)}
                  onChange={(event) =>
                    setOptions(options.map((o, j) => (j === i ? { ...o, correct: event.target.checked || undefined } : single ? { ...o, correct: undefined } : o)))
                  }
                />
                <span className="choice__text">{t('questions.correct', { id: option.id })}</span>
              </label>
              <LocalizedPair path={`${path}.options.${i}`} value={option} onChange={(text) => setOptions(options.map((o, j) => (j === i ? { ...o, ...text } : o)))} label={t('questions.option', { id: option.id })} />
              <button type="button" className="button button--secondary" onClick={() => setOptions(options.filter((_, j) => j !== i))} aria-label={t('questions.removeOption', { id: option.id })}>
                {t('lessons.removeShort')}
              </button>
            </div>
          ))}
          <button type="button" className="button button--secondary" onClick={() => setOptions([...options, { id: nextLetter(options.map((o) => o.id)), fr: '', en: '' }])}>
            {t('questions.addOption')}
          </button>
        </fieldset>
      );
    }
    case 'true_false':
      return (
        <fieldset id={fieldId(`${path}.answer`)} tabIndex={-1} className="authoring-answer">
          <legend>{t('questions.answer')}</legend>
          {[true, false].map((value) => (
            <label key={String(value)} className="choice">
              <input type="radio" name={`${path}-answer`} checked={question.answer === value} onChange={() => onChange({ ...question, answer: value })} />
              <span className="choice__text">{value ? t('questions.true') : t('questions.false')}</span>
            </label>
          ))}
        </fieldset>
      );
    case 'ordering': {
      const items = question.items ?? [];
      const setItems = (next: typeof items) => onChange({ ...question, items: next });
      const swap = (i: number, j: number) => {
        const copy = [...items];
        [copy[i], copy[j]] = [copy[j], copy[i]];
        setItems(copy);
      };
      return (
        <fieldset id={fieldId(`${path}.items`)} tabIndex={-1} className="authoring-answer">
          <legend>{t('questions.items')}</legend>
          <FieldProblems path={`${path}.items`} problems={problems} exact={false} />
          {items.map((item, i) => (
            <div key={item.id} className="authoring-option">
              <LocalizedPair path={`${path}.items.${i}`} value={item} onChange={(text) => setItems(items.map((it, j) => (j === i ? { ...it, ...text } : it)))} label={t('questions.item', { number: i + 1 })} />
              <button type="button" className="button button--secondary" disabled={i === 0} onClick={() => swap(i, i - 1)} aria-label={t('questions.itemUp', { number: i + 1 })}>
                ↑
              </button>
              <button type="button" className="button button--secondary" disabled={i === items.length - 1} onClick={() => swap(i, i + 1)} aria-label={t('questions.itemDown', { number: i + 1 })}>
                ↓
              </button>
              <button type="button" className="button button--secondary" onClick={() => setItems(items.filter((_, j) => j !== i))} aria-label={t('questions.removeItem', { number: i + 1 })}>
                {t('lessons.removeShort')}
              </button>
            </div>
          ))}
          <button type="button" className="button button--secondary" onClick={() => setItems([...items, { id: nextLetter(items.map((it) => it.id)), fr: '', en: '' }])}>
            {t('questions.addItem')}
          </button>
        </fieldset>
      );
    }
    case 'matching': {
      const pairs = question.pairs ?? [];
      const setPairs = (next: typeof pairs) => onChange({ ...question, pairs: next });
      return (
        <fieldset id={fieldId(`${path}.pairs`)} tabIndex={-1} className="authoring-answer">
          <legend>{t('questions.pairs')}</legend>
          <FieldProblems path={`${path}.pairs`} problems={problems} exact={false} />
          {pairs.map((pair, i) => (
            <div key={pair.id} className="authoring-option authoring-pair">
              <LocalizedPair path={`${path}.pairs.${i}.left`} value={pair.left} onChange={(left) => setPairs(pairs.map((p, j) => (j === i ? { ...p, left } : p)))} label={t('questions.left', { number: i + 1 })} />
              <LocalizedPair path={`${path}.pairs.${i}.right`} value={pair.right} onChange={(right) => setPairs(pairs.map((p, j) => (j === i ? { ...p, right } : p)))} label={t('questions.right', { number: i + 1 })} />
              <button type="button" className="button button--secondary" onClick={() => setPairs(pairs.filter((_, j) => j !== i))} aria-label={t('questions.removePair', { number: i + 1 })}>
                {t('lessons.removeShort')}
              </button>
            </div>
          ))}
          <button type="button" className="button button--secondary" onClick={() => setPairs([...pairs, { id: nextLetter(pairs.map((p) => p.id)), left: { fr: '', en: '' }, right: { fr: '', en: '' } }])}>
            {t('questions.addPair')}
          </button>
        </fieldset>
      );
    }
    case 'short_text': {
      const accepted = question.accepted ?? { fr: [], en: [] };
      return (
        <fieldset id={fieldId(`${path}.accepted`)} tabIndex={-1} className="authoring-answer">
          <legend>{t('questions.accepted')}</legend>
          <FieldProblems path={`${path}.accepted`} problems={problems} />
          <p className="field__hint">{t('questions.acceptedHint')}</p>
          <div className="bilingual">
            {BOTH.map((language) => (
              <div key={language} className="field">
                <label htmlFor={fieldId(`${path}.accepted.${language}`)}>{t(`language.${language}`)}</label>
                <FieldProblems path={`${path}.accepted.${language}`} problems={problems} exact={false} />
                <LinesField id={fieldId(`${path}.accepted.${language}`)} language={language} lines={accepted[language]} onChange={(lines) => onChange({ ...question, accepted: { ...accepted, [language]: lines } })} />
              </div>
            ))}
          </div>
        </fieldset>
      );
    }
  }
}

/** An option, item or side of a pair: its French and English texts on one line. */
function LocalizedPair({ path, value, onChange, label }: { path: string; value: Localized; onChange: (text: Localized) => void; label: string }) {
  const { t } = useTranslation('authoring');
  return (
    <div className="bilingual authoring-pair-texts" role="group" aria-label={label}>
      {BOTH.map((language) => (
        <div key={language} className="field">
          <label htmlFor={fieldId(`${path}.${language}`)}>
            {label} — {t(`language.${language}`)}
          </label>
          <input id={fieldId(`${path}.${language}`)} lang={language} value={value[language]} onChange={(event) => onChange({ fr: value.fr, en: value.en, [language]: event.target.value })} />
        </div>
      ))}
    </div>
  );
}

/** One accepted answer per line; blank lines are kept while typing but never sent. */
function LinesField({ id, language, lines, onChange }: { id: string; language: 'fr' | 'en'; lines: string[]; onChange: (lines: string[]) => void }) {
  const [text, setText] = useState(lines.join('\n'));
  useEffect(() => {
    setText((current) => (current.split('\n').filter((line) => line.trim() !== '').join('\n') === lines.join('\n') ? current : lines.join('\n')));
  }, [lines]);
  return (
    <textarea
      id={id}
      lang={language}
      rows={3}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(event.target.value.split('\n').filter((line) => line.trim() !== ''));
      }}
    />
  );
}
