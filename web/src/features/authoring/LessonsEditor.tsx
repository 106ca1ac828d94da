import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from './field-ids';
import { BilingualField, DraftInput, FieldProblems } from './fields';
import { AddLessonImage } from './AddLessonImage';
import { LessonPreview } from './LessonPreview';
import { newLesson } from './new-items';
import type { Definition, FieldProblem, Lesson } from './types';

type Update = (change: (d: Definition) => Definition) => void;

const move = <T,>(list: T[], from: number, to: number) => {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
};

let lastClientId = 0;

/**
 * One id per lesson card for as long as the page lives, moved and removed with its lesson: the lesson's key is
 * editable, and a React key tied to it would rebuild the card (and lose the focus and what is being typed) on each
 * change of it. Lessons replaced from outside (an import, a restored copy) get ids as their count changes.
 */
function useClientIds(count: number) {
  const ids = useRef<string[]>([]);
  while (ids.current.length < count) ids.current.push(`lesson-${++lastClientId}`);
  ids.current.length = count;
  return ids.current;
}

/** The lessons in order: add, move up or down, remove, and edit each one in both languages with a learner's preview. */
export function LessonsEditor({ slug, definition, update, problems }: { slug: string; definition: Definition; update: Update; problems: FieldProblem[] }) {
  const { t } = useTranslation('authoring');
  const lessons = definition.lessons;
  const ids = useClientIds(lessons.length);
  const setLessons = (change: (lessons: Lesson[]) => Lesson[]) => update((d) => ({ ...d, lessons: change(d.lessons) }));
  const moveLesson = (from: number, to: number) => {
    ids.splice(0, ids.length, ...move(ids, from, to));
    setLessons((list) => move(list, from, to));
  };
  const removeLesson = (index: number) => {
    ids.splice(index, 1);
    setLessons((list) => list.filter((_, i) => i !== index));
  };
  const add = () => {
    setLessons((list) => [...list, newLesson(list.map((l) => l.key))]);
    // The new lesson's first field takes the focus once rendered.
    setTimeout(() => document.getElementById(fieldId(`lessons.${lessons.length}.title.fr`))?.focus(), 0);
  };
  return (
    <section aria-labelledby={fieldId('lessons')} className="authoring-section">
      {/* Focusable: a problem about the lessons as a whole ("at least one") links here. */}
      <h2 id={fieldId('lessons')} tabIndex={-1}>
        {t('lessons.title')}
      </h2>
      <FieldProblems path="lessons" problems={problems} />
      {lessons.length === 0 && <p>{t('lessons.none')}</p>}
      <ol className="authoring-lessons">
        {lessons.map((lesson, index) => (
          <li key={ids[index]} className="card">
            <LessonEditor
              slug={slug}
              lesson={lesson}
              index={index}
              count={lessons.length}
              problems={problems}
              onChange={(next) => setLessons((list) => list.map((l, i) => (i === index ? next : l)))}
              onMove={(to) => moveLesson(index, to)}
              onRemove={() => window.confirm(t('lessons.confirmRemove', { title: lesson.title.fr || lesson.title.en || lesson.key })) && removeLesson(index)}
            />
          </li>
        ))}
      </ol>
      <p>
        <button type="button" className="button button--secondary" onClick={add}>
          {t('lessons.add')}
        </button>
      </p>
    </section>
  );
}

interface LessonEditorProps {
  slug: string;
  lesson: Lesson;
  index: number;
  count: number;
  problems: FieldProblem[];
  onChange: (lesson: Lesson) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

function LessonEditor({ slug, lesson, index, count, problems, onChange, onMove, onRemove }: LessonEditorProps) {
  const { t } = useTranslation('authoring');
  const [preview, setPreview] = useState({ fr: false, en: false });
  const path = `lessons.${index}`;
  const name = lesson.title.fr || lesson.title.en || lesson.key;
  return (
    <fieldset className="authoring-lesson">
      <legend>{t('lessons.legend', { number: index + 1, title: name })}</legend>
      <div className="authoring-toolbar">
        <button type="button" className="button button--secondary" disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={t('lessons.moveUp', { title: name })}>
          ↑ {t('lessons.up')}
        </button>
        <button type="button" className="button button--secondary" disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={t('lessons.moveDown', { title: name })}>
          ↓ {t('lessons.down')}
        </button>
        <button type="button" className="button button--secondary" onClick={onRemove} aria-label={t('lessons.remove', { title: name })}>
          {t('lessons.removeShort')}
        </button>
      </div>
      <KeyField path={`${path}.key`} value={lesson.key} onCommit={(key) => onChange({ ...lesson, key })} problems={problems} />
      <BilingualField path={`${path}.title`} label={t('lessons.lessonTitle')} value={lesson.title} onChange={(title) => onChange({ ...lesson, title })} problems={problems} />
      <BilingualField
        path={`${path}.body`}
        label={t('lessons.body')}
        value={lesson.body}
        onChange={(body) => onChange({ ...lesson, body })}
        problems={problems}
        multiline
        rows={14}
        below={(language) => (
          <>
            <p className="field__hint">{t('lessons.markdownHint')}</p>
            <AddLessonImage slug={slug} language={language} onAdded={(markdown) => onChange({ ...lesson, body: { ...lesson.body, [language]: [lesson.body[language].trimEnd(), markdown].filter(Boolean).join('\n\n') } })} />
            <button type="button" className="button button--secondary" aria-pressed={preview[language]} onClick={() => setPreview({ ...preview, [language]: !preview[language] })}>
              {t('lessons.preview', { inLanguage: t(`inLanguage.${language}`) })}
            </button>
            {preview[language] && <LessonPreview title={lesson.title[language]} markdown={lesson.body[language]} language={language} />}
          </>
        )}
      />
    </fieldset>
  );
}

/** The lesson's stable name, applied when the field is left (it also identifies the lesson on this page). */
function KeyField({ path, value, onCommit, problems }: { path: string; value: string; onCommit: (key: string) => void; problems: FieldProblem[] }) {
  const { t } = useTranslation('authoring');
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <DraftInput
      path={path}
      label={t('lessons.key')}
      value={text}
      onChange={(next) => setText(next.toLowerCase())}
      onBlur={() => text !== value && text !== '' && onCommit(text)}
      problems={problems}
      maxLength={100}
      spellCheck={false}
    />
  );
}
