import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadProgress } from './upload';

/**
 * Shown while a file is sent (a bar that fills, with the percentage), then while the API reads it: the API answers in
 * one request and reports nothing meanwhile, so that phase has an indeterminate bar.
 */
export function Busy({ progress }: { progress: UploadProgress }) {
  const { t } = useTranslation('authoring');
  const phaseId = useId();
  const sending = progress.sent < progress.total;
  return (
    <p className="authoring-busy">
      {sending ? <progress key="sending" aria-labelledby={phaseId} value={progress.sent} max={progress.total} /> : <progress key="processing" aria-labelledby={phaseId} />}
      {sending && <span aria-hidden="true">{t('upload.sendingPercent', { percent: Math.floor((100 * progress.sent) / progress.total) })}</span>}
      {/* Only the phase is live: a status region re-reads itself on each change, and a percent a tick would drown the reader (the bar gives it on demand). */}
      <span id={phaseId} role="status" className={sending ? 'visually-hidden' : undefined}>
        {sending ? t('upload.sending') : t('upload.processing')}
      </span>
    </p>
  );
}
