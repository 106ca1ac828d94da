import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { fieldId } from './field-ids';
import { DraftInput, FieldProblems } from './fields';
import { lessonChoices } from './lesson-choices';
import type { Competency } from './ModuleFields';
import { newQuestion } from './new-items';
import { QuestionEditor } from './QuestionEditor';
import type { Definition, FieldProblem, Question } from './types';

type Update = (change: (d: Definition) => Definition) => void;
const toNumber = (value: string) => (value === '' ? 0 : Number(value));

/** Pass mark, attempts and questions drawn, then the question pool. */
export function AssessmentEditor({ definition, update, problems, competencies }: { definition: Definition; update: Update; problems: FieldProblem[]; competencies: Competency[] }) {
  const { t } = useTranslation('authoring');
  const assessment = definition.assessment;
  const set = (change: Partial<Definition['assessment']>) => update((d) => ({ ...d, assessment: { ...d.assessment, ...change } }));
  const setQuestions = (change: (questions: Question[]) => Question[]) => update((d) => ({ ...d, assessment: { ...d.assessment, questions: change(d.assessment.questions) } }));
  const setQuestion = useCallback(
    (index: number, next: Question) => update((d) => ({ ...d, assessment: { ...d.assessment, questions: d.assessment.questions.map((q, i) => (i === index ? next : q)) } })),
    [update],
  );
  const moveQuestion = useCallback(
    (index: number, to: number) =>
      update((d) => {
        const questions = [...d.assessment.questions];
        const [moved] = questions.splice(index, 1);
        questions.splice(to, 0, moved);
        return { ...d, assessment: { ...d.assessment, questions } };
      }),
    [update],
  );
  const removeQuestion = useCallback(
    (index: number, id: string) =>
      window.confirm(t('questions.confirmRemove', { id })) && update((d) => ({ ...d, assessment: { ...d.assessment, questions: d.assessment.questions.filter((_, i) => i !== index) } })),
    [update, t],
  );
  const language = useLanguage();
  const lessons = useMemo(() => lessonChoices(definition.lessons, language), [definition.lessons, language]);
  const add = () => {
    setQuestions((questions) => [...questions, newQuestion(questions.map((q) => q.id), definition.competencies[0] ?? '')]);
    setTimeout(() => document.getElementById(fieldId(`assessment.questions.${assessment.questions.length}.prompt.fr`))?.focus(), 0);
  };
  return (
    <section aria-labelledby={fieldId('assessment')} className="authoring-section">
      {/* Focusable, like the pool's heading: problems about the assessment or the pool as a whole link here. */}
      <h2 id={fieldId('assessment')} tabIndex={-1}>
        {t('assessment.title')}
      </h2>
      <div className="authoring-row">
        <DraftInput path="assessment.passMark" label={t('assessment.passMark')} type="number" min={1} max={100} inputMode="numeric" value={assessment.passMark || ''} onChange={(v) => set({ passMark: toNumber(v) })} problems={problems} />
        <DraftInput path="assessment.attempts" label={t('assessment.attempts')} type="number" min={0} max={100} inputMode="numeric" value={assessment.attempts} onChange={(v) => set({ attempts: toNumber(v) })} problems={problems} />
        <DraftInput path="assessment.draw" label={t('assessment.draw')} type="number" min={1} inputMode="numeric" value={assessment.draw || ''} onChange={(v) => set({ draw: toNumber(v) })} problems={problems} />
      </div>
      <p className="field__hint">{t('assessment.hint')}</p>
      <h3 id={fieldId('assessment.questions')} tabIndex={-1}>
        {t('assessment.pool', { count: assessment.questions.length })}
      </h3>
      <FieldProblems path="assessment.questions" problems={problems} />
      <ol className="authoring-questions" aria-labelledby={fieldId('assessment.questions')}>
        {assessment.questions.map((question, index) => (
          <li key={question.id} className="card">
            <QuestionEditor
              question={question}
              index={index}
              count={assessment.questions.length}
              problems={problems}
              competencies={competencies}
              lessons={lessons}
              onChange={setQuestion}
              onMove={moveQuestion}
              onRemove={removeQuestion}
            />
          </li>
        ))}
      </ol>
      <p>
        <button type="button" className="button button--secondary" onClick={add}>
          {t('questions.add')}
        </button>
      </p>
    </section>
  );
}
