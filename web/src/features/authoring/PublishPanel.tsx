import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { forgetLocal } from './local-copy';
import { ProblemLinks } from './ProblemLinks';
import { PublishCheck, type PublishCheckState } from './PublishCheck';
import type { FieldProblem } from './types';

export type Published = { version: number; created: boolean };
type Outcome = { kind: 'refused'; message: string; problems: FieldProblem[] } | { kind: 'failed'; message: string };

/**
 * Publishing: what is missing is shown as the trainer writes (`check`); pressing Publish saves the unsaved edits first, and a
 * refusal lists every problem (translated by the API), each linking to its field. Success ends the draft (the page
 * then shows the new version and its catalogue link).
 */
export function PublishPanel({
  slug,
  saveFirst,
  revision,
  check,
  onRefused,
  onPublished,
}: {
  slug: string;
  saveFirst: () => Promise<boolean>;
  revision: () => number;
  check: PublishCheckState;
  /** Publishing was refused: the editor then shows each problem on its field too. */
  onRefused: () => void;
  onPublished: (published: Published) => void;
}) {
  const { t } = useTranslation('authoring');
  const lang = useLanguage();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const result = useRef<HTMLDivElement>(null);
  const publish = async () => {
    setBusy(true);
    setOutcome(undefined);
    if (!(await saveFirst())) {
      setBusy(false);
      return setOutcome({ kind: 'failed', message: t('publish.saveFirst') });
    }
    try {
      const { data, error, response } = await api.POST('/api/authoring/modules/{slug}/draft/publish', { params: { path: { slug }, query: { lang } }, body: { revision: revision() } });
      if (data) {
        forgetLocal(slug);
        setBusy(false);
        return onPublished({ version: data.version, created: data.created });
      } else {
        const body = error as { message?: string; details?: FieldProblem[] } | undefined;
        if (response.status === 422) onRefused();
        setOutcome(
          response.status === 422
            ? { kind: 'refused', message: body?.message ?? '', problems: (body?.details ?? []).map(({ field, message }) => ({ field, message })) }
            : { kind: 'failed', message: body?.message ?? t('common:load.failed') },
        );
      }
    } catch {
      setOutcome({ kind: 'failed', message: t('common:load.failed') });
    }
    setBusy(false);
    setTimeout(() => result.current?.focus(), 0);
  };
  return (
    <section aria-labelledby="editor-publish" className="authoring-section">
      <h2 id="editor-publish">{t('publish.title')}</h2>
      <p>{t('publish.lead')}</p>
      <PublishCheck check={check} />
      <p>
        <button type="button" className="button" onClick={() => void publish()} disabled={busy}>
          {busy ? t('publish.busy') : t('publish.submit')}
        </button>
      </p>
      <div ref={result} tabIndex={-1} aria-live="polite">
        {outcome?.kind === 'refused' && (
          <div className="notice notice--error" role="alert">
            <p>
              <strong>{outcome.message}</strong>
            </p>
            <p>{t('publish.problems', { count: outcome.problems.length })}</p>
            <ProblemLinks problems={outcome.problems} />
          </div>
        )}
        {outcome?.kind === 'failed' && (
          <p role="alert" className="notice notice--error">
            {outcome.message}
          </p>
        )}
      </div>
    </section>
  );
}
