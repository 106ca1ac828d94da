import { useTranslation } from 'react-i18next';

/** What the spreadsheet must hold, next to the file input (which points here with aria-describedby). */
export function RosterColumnsHelp({ id }: { id: string }) {
  const { t } = useTranslation('organisations');
  return (
    <div id={id} className="roster__help">
      <p>{t('roster.help.intro')}</p>
      <ul>
        <li>{t('roster.help.required')}</li>
        <li>{t('roster.help.optional')}</li>
        <li>{t('roster.help.format')}</li>
      </ul>
    </div>
  );
}
