import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { formatPercent } from './format';
import { PageNav } from './PageNav';

interface Props {
  organisationId: string;
  cohortId: string;
  modules: Schemas['DashboardModuleDto'][];
  members: Schemas['DashboardMemberPageDto'];
  onPage: (page: number) => void;
}

/**
 * Each member's progress per module. The table scrolls sideways inside its own region (the names stay
 * in view), so the page itself never does, even at 360 px.
 */
export function MembersProgress({ organisationId, cohortId, modules, members, onPage }: Props) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const base = `/organisations/${organisationId}/cohorts/${cohortId}`;
  return (
    <section className="org-section">
      <h2 id="progress-title">{t('progress.title')}</h2>
      <p className="button-row">
        <a className="button button--secondary" href={`/api${base}/dashboard.csv?lang=${lang}`} download>
          {t('progress.csv')}
        </a>
        <a className="button button--secondary" href={`/api${base}/report.pdf?lang=${lang}`} download>
          {t('progress.pdf')}
        </a>
      </p>
      {members.items.length === 0 ? (
        <p>{t('progress.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="progress-title" tabIndex={0}>
          <table className="data-table progress-table">
            <colgroup>
              <col />
            </colgroup>
            {modules.map((module) => (
              <colgroup key={module.slug} span={4} />
            ))}
            <thead>
              <tr>
                <th scope="col" rowSpan={2} className="progress-table__name">
                  {t('progress.name')}
                </th>
                {modules.map((module) => (
                  <th key={module.slug} scope="colgroup" colSpan={4} className="progress-table__module">
                    {module.title}
                  </th>
                ))}
              </tr>
              <tr>
                {modules.map((module) => [
                  <th key={`${module.slug}-lessons`} scope="col">{t('progress.lessons')}</th>,
                  <th key={`${module.slug}-best`} scope="col">{t('progress.best')}</th>,
                  <th key={`${module.slug}-status`} scope="col">{t('progress.status')}</th>,
                  <th key={`${module.slug}-certificate`} scope="col">{t('progress.certificate')}</th>,
                ])}
              </tr>
            </thead>
            <tbody>
              {members.items.map((member) => (
                <tr key={member.userId}>
                  <th scope="row" className="progress-table__name">
                    <Link to={`${base}/members/${member.userId}`}>{member.displayName}</Link>
                  </th>
                  {modules.map((module) => {
                    const cell = member.modules.find((candidate) => candidate.slug === module.slug);
                    if (!cell) return <td key={module.slug} colSpan={4}>{t('status.notEnrolled')}</td>;
                    return [
                      <td key={`${module.slug}-lessons`} className="data-table__number">{`${cell.lessonsRead}/${cell.lessonCount}`}</td>,
                      <td key={`${module.slug}-best`} className="data-table__number">
                        {cell.bestScore === null || cell.bestScore === undefined ? '—' : formatPercent(cell.bestScore, lang)}
                      </td>,
                      <td key={`${module.slug}-status`}>{t(`status.${cell.status}`)}</td>,
                      <td key={`${module.slug}-certificate`}>{t(`certificate.${cell.certificate}`)}</td>,
                    ];
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PageNav label={t('progress.pages')} page={members.page} pageSize={members.pageSize} total={members.total} onPage={onPage} />
    </section>
  );
}
