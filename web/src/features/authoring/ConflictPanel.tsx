import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime } from './format';
import type { Definition, Draft } from './types';

/**
 * Someone else saved this draft since it was loaded: nothing of mine was saved over theirs. The trainer sees who saved
 * and when, may download their own version, then loads the current one.
 */
export function ConflictPanel({ current, mine, slug, onTakeTheirs }: { current: Draft; mine: Definition; slug: string; onTakeTheirs: () => void }) {
  const { t } = useTranslation('authoring');
  const lang = useLanguage();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  const download = useMemo(() => (typeof URL.createObjectURL === 'function' ? URL.createObjectURL(new Blob([JSON.stringify(mine, null, 2)], { type: 'application/json' })) : undefined), [mine]);
  useEffect(
    () => () => {
      if (download) URL.revokeObjectURL(download);
    },
    [download],
  );
  return (
    <div ref={panel} role="alert" tabIndex={-1} className="notice notice--error authoring-conflict">
      <p>
        <strong>
          {t('conflict.current', {
            revision: current.revision,
            who: current.updatedBy?.displayName ?? '—',
            when: formatDateTime(current.updatedAt, lang),
          })}
        </strong>
      </p>
      <p>{t('conflict.theirTitle', { fr: current.definition.title.fr || '—', en: current.definition.title.en || '—' })}</p>
      <p>{t('conflict.choose')}</p>
      <p className="actions">
        {download && (
          <a className="button button--secondary" href={download} download={`${slug}-mine.json`}>
            {t('conflict.downloadMine')}
          </a>
        )}
        <button type="button" className="button" onClick={() => window.confirm(t('conflict.confirmTakeTheirs')) && onTakeTheirs()}>
          {t('conflict.takeTheirs')}
        </button>
      </p>
    </div>
  );
}
