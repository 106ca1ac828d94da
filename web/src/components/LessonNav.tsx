import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type Neighbour = { position: number; title: string } | null | undefined;

/** Previous and next lesson links; at either end, a link back to `base` (the module) with the given label. */
export function LessonNav({ base, previous, next, firstLabel, lastLabel }: { base: string; previous: Neighbour; next: Neighbour; firstLabel: string; lastLabel: string }) {
  const { t } = useTranslation('catalogue');
  return (
    <nav aria-label={t('lesson.navLabel')} className="lesson__nav">
      {previous ? (
        <Link rel="prev" className="button button--secondary" to={`${base}/lessons/${previous.position}`}>
          ← {t('lesson.previous', { title: previous.title })}
        </Link>
      ) : (
        <Link className="button button--secondary" to={base}>
          ← {firstLabel}
        </Link>
      )}
      {next ? (
        <Link rel="next" className="button" to={`${base}/lessons/${next.position}`}>
          {t('lesson.next', { title: next.title })} →
        </Link>
      ) : (
        <Link className="button" to={base}>
          {lastLabel} →
        </Link>
      )}
    </nav>
  );
}
