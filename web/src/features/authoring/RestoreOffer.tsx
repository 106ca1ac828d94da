import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime } from './format';
import { findLocal, forgetLocal, type LocalCopy } from './local-copy';
import type { Definition, Draft } from './types';

const same = (a: Definition, b: Definition) => JSON.stringify(a) === JSON.stringify(b);

/** Edits this browser kept but never sent (closed tab, lost connection): restore them or let them go. */
export function RestoreOffer({ draft, onRestore }: { draft: Draft; onRestore: (definition: Definition) => void }) {
  const { t } = useTranslation('authoring');
  const lang = useLanguage();
  const [copy, setCopy] = useState<LocalCopy | undefined>(() => {
    const found = findLocal(draft.slug);
    if (found && same(found.definition, draft.definition)) {
      forgetLocal(draft.slug);
      return undefined;
    }
    return found;
  });
  if (!copy) return null;
  const older = copy.revision < draft.revision;
  return (
    <div role="region" aria-labelledby="restore-title" className="notice notice--warning">
      <p id="restore-title">
        <strong>{t('restore.title', { when: formatDateTime(copy.savedAt, lang) })}</strong>
      </p>
      {older && <p>{t('restore.older', { mine: copy.revision, current: draft.revision })}</p>}
      <p className="actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            onRestore(copy.definition);
            setCopy(undefined);
          }}
        >
          {t('restore.restore')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            forgetLocal(draft.slug);
            setCopy(undefined);
          }}
        >
          {t('restore.discard')}
        </button>
      </p>
    </div>
  );
}
