import './offline.css';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { childContext, useChildMode } from '../children/child-mode';
import { withNext } from '../auth/next-path';
import type { OutboxEntry } from './offline-db';
import { useOutbox } from './outbox-context';

/**
 * What this device still has to send, what it sent last and what the server refused (with its reason), for the
 * learner to see; `enrolmentId` narrows it to one module.
 */
export function OutboxPanel({ enrolmentId }: { enrolmentId?: string }) {
  const { t } = useTranslation('offline');
  const child = useChildMode();
  const words = childContext(child);
  const { entries, status, dismiss } = useOutbox();
  const { pathname } = useLocation();
  const shown = entries.filter((entry) => enrolmentId === undefined || entry.label.enrolmentId === enrolmentId);
  if (shown.length === 0) return null;
  const waiting = shown.filter((entry) => entry.state === 'waiting').length;
  const describe = (entry: OutboxEntry) => t(`outbox.${entry.op.kind}`, { number: entry.label.number, module: entry.label.moduleTitle });
  return (
    <section className="card outbox" aria-labelledby="outbox-title">
      <h2 id="outbox-title">{t('outbox.title', words)}</h2>
      {waiting > 0 && (
        <p role="status">
          {t('outbox.waiting', { count: waiting, ...words })} {status === 'offline' && t('outbox.offline', words)}
        </p>
      )}
      {waiting > 0 && status === 'session_ended' && (
        <p role="alert" className="notice notice--warning">
          {t('outbox.sessionEnded', words)} <Link to={withNext('/login', pathname)}>{t('outbox.signIn', words)}</Link>
        </p>
      )}
      <ul className="outbox__list">
        {[...shown].reverse().map((entry) => (
          <li key={entry.seq} className={`outbox__item outbox__item--${entry.state}`}>
            <span>{describe(entry)}</span> <span className="outbox__state">({t(`outbox.state.${entry.state}`, { reason: entry.reason })})</span>
            {entry.state !== 'waiting' && entry.seq !== undefined && (
              <button type="button" className="button button--secondary outbox__dismiss" aria-label={t('outbox.dismissItem', { item: describe(entry) })} onClick={() => void dismiss(entry.seq!)}>
                {t('outbox.dismiss')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
