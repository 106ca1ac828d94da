import { useTranslation } from 'react-i18next';
import { ChildEntryLink } from '../children/ChildEntryLink';
import { HomeActions } from './HomeActions';

const AUDIENCES = ['trainees', 'trainers', 'schools', 'children'] as const;

export function HomePage() {
  const { t } = useTranslation('home');
  return (
    <>
      <section className="hero">
        <h1>{t('title')}</h1>
        <HomeActions />
        <p className="lead">{t('intro')}</p>
      </section>
      <ChildEntryLink />
      <section aria-labelledby="audiences-title">
        <h2 id="audiences-title">{t('audiences.title')}</h2>
        <ul className="card-grid">
          {AUDIENCES.map((audience) => (
            <li key={audience} className="card">
              <h3>{t(`audiences.${audience}.title`)}</h3>
              <p>{t(`audiences.${audience}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
