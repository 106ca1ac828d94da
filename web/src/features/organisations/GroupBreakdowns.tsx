import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { GroupTable } from './GroupTable';

type Groups = Schemas['GroupFiguresDto'][];

/** Sector and gender breakdowns; the API has already merged groups under five people. */
export function GroupBreakdowns({ bySector, byGender }: { bySector: Groups; byGender: Groups }) {
  const { t } = useTranslation('organisations');
  return (
    <section className="org-section">
      <h2 id="groups-title">{t('groups.title')}</h2>
      <p className="field__hint">{t('groups.privacy')}</p>
      <div className="group-tables">
        <GroupTable id="by-sector" title={t('groups.bySector')} groups={bySector} />
        <GroupTable id="by-gender" title={t('groups.byGender')} groups={byGender} />
      </div>
    </section>
  );
}
