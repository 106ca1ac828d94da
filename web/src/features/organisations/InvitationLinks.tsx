import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { downloadText, invitationsCsv } from './invitation-csv';

/** The new invitations' links, shown this once, with a CSV download built here in the browser. */
export function InvitationLinks({ invitations }: { invitations: Schemas['RosterInvitationLinkDto'][] }) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const download = () => {
    const headings: [string, string, string] = [t('invitations.line'), t('invitations.email'), t('invitations.link')];
    downloadText(invitationsCsv(invitations, headings, lang), t('invitations.fileName'));
  };
  return (
    <>
      <h4 id="invitations-title">{t('invitations.title', { count: invitations.length })}</h4>
      <div className="notice notice--warning">
        <p>
          <strong>{t('invitations.warning')}</strong>
        </p>
        <p>{t('invitations.explain')}</p>
      </div>
      <p>
        <button type="button" className="button" onClick={download}>
          {t('invitations.download')}
        </button>
      </p>
      <div className="table-scroll" role="region" aria-labelledby="invitations-title" tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('invitations.line')}</th>
              <th scope="col">{t('invitations.email')}</th>
              <th scope="col">{t('invitations.link')}</th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.line}>
                <td className="data-table__number">{invitation.line}</td>
                <th scope="row" className="data-table__wrap">{invitation.email}</th>
                <td className="data-table__wrap">
                  <code className="invitation-link">{invitation.link}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
