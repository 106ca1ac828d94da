import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { InvitationLinks } from './InvitationLinks';
import { RosterCounts } from './RosterCounts';

/** The import's outcome; its invitation links exist only in this answer. */
export function RosterResult({ result }: { result: Schemas['RosterImportResultDto'] }) {
  const { t } = useTranslation('organisations');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [result]);
  return (
    <div className="roster__result">
      <h3 ref={heading} tabIndex={-1}>
        {t('roster.result.title')}
      </h3>
      <RosterCounts counts={result.counts} enrolments={result.enrolments} />
      {result.invitations.length > 0 ? <InvitationLinks invitations={result.invitations} /> : <p>{t('roster.result.noInvitation')}</p>}
    </div>
  );
}
