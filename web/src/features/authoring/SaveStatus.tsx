import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { formatTime } from './format';
import type { SaveState } from './useAutosave';

/** "Saving…" / "Saved at …" and the reasons a save did not happen, in a polite live region. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation('authoring');
  const lang = useLanguage();
  const text = (() => {
    switch (state.kind) {
      case 'idle':
        return t('save.idle');
      case 'pending':
        return t('save.pending');
      case 'saving':
        return t('save.saving');
      case 'saved':
        return t('save.saved', { time: formatTime(state.at, lang) });
      case 'invalid':
        return t('save.invalid');
      case 'offline':
        return t('save.offline');
      case 'conflict':
        return t('save.conflict');
    }
  })();
  return (
    <p role="status" aria-live="polite" className={`authoring-save authoring-save--${state.kind}`}>
      {text}
    </p>
  );
}
