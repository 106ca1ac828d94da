import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { changedExcerpt } from './changed-excerpt';
import { useFieldLabels } from './field-labels';

type Diff = Schemas['VersionDiffDto'];
type LessonChange = Diff['lessons'][number];
type Localized = { fr: string; en: string };

const shorten = (text: string, length = 90) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);

type TextChange = LessonChange['texts'][number];

/** How each changed text reads before and after, labelled in words (not by colour), long texts cut to what differs. */
function TextChanges({ texts }: { texts: TextChange[] }) {
  const { t } = useTranslation('authoring');
  const { fieldLabel } = useFieldLabels();
  if (texts.length === 0) return null;
  return (
    <dl className="authoring-diff__texts">
      {texts.map((text) => {
        const excerpt = changedExcerpt(text.before, text.after);
        return (
          <div key={text.field} className="authoring-diff__text">
            <dt>{fieldLabel(text.field)}</dt>
            <dd>
              <span className="authoring-diff__label">{t('versions.before')}</span> <del>{excerpt.before || t('versions.empty')}</del>
            </dd>
            <dd>
              <span className="authoring-diff__label">{t('versions.after')}</span> <ins>{excerpt.after || t('versions.empty')}</ins>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** One part of the changes (module, lessons, questions): a heading and a sentence per change; nothing when unchanged. */
function ChangeList({ title, lines }: { title: string; lines: { key: string; text: string; texts?: TextChange[] }[] }) {
  if (lines.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {lines.map(({ key, text, texts }) => (
          <li key={key}>
            {text}
            <TextChanges texts={texts ?? []} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** What changed between two versions, in words: module fields with their values, lessons by title, questions by prompt. */
export function VersionDiff({ diff, name }: { diff: Diff; name: (choice: string) => string }) {
  const { t } = useTranslation('authoring');
  const lang = useLanguage();
  const { fieldLabel, valueText } = useFieldLabels();
  const inReaderLanguage = (text: Localized) => text[lang] || text[lang === 'fr' ? 'en' : 'fr'];
  const details = (parts: string[]) => (parts.length > 0 ? ` (${parts.join(lang === 'fr' ? ' ; ' : '; ')})` : '');
  const lessonDetails = (change: LessonChange) => [
    ...change.fields.filter((field) => field !== 'position').map((field) => fieldLabel(field)),
    ...(change.fields.includes('position') ? [t('versions.moved', { before: change.positionBefore, after: change.positionAfter })] : []),
  ];
  const changed = (change: 'added' | 'removed' | 'changed', thing: string, parts: string[]) => t(`versions.change.${change}`, { name: thing }) + details(parts);

  return (
    <div aria-live="polite" className="authoring-diff">
      <h3>{t('versions.changes', { from: name(diff.from), to: name(diff.to) })}</h3>
      {diff.metadata.length + diff.lessons.length + diff.questions.length === 0 && <p>{t('versions.noChange')}</p>}
      <ChangeList
        title={t('versions.module')}
        lines={diff.metadata.map((change) => ({
          key: change.field,
          text: t('versions.fieldChange', { field: fieldLabel(change.field), before: shorten(valueText(change.field, change.before)), after: shorten(valueText(change.field, change.after)) }),
        }))}
      />
      <ChangeList
        title={t('lessons.title')}
        lines={diff.lessons.map((change) => ({
          key: change.key,
          text: changed(change.change, t('versions.lessonChange', { title: shorten(inReaderLanguage(change.title) || change.key) }), lessonDetails(change)),
          texts: change.texts,
        }))}
      />
      <ChangeList
        title={t('versions.questions')}
        lines={diff.questions.map((change) => ({
          key: change.id,
          text: changed(change.change, t('versions.questionChange', { prompt: shorten(inReaderLanguage(change.prompt) || change.id) }), change.fields.map((field) => fieldLabel(field))),
          texts: change.texts,
        }))}
      />
    </div>
  );
}
