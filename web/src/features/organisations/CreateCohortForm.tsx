import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { ModulePicker } from './ModulePicker';
import { ProgrammePicker } from './ProgrammePicker';
import { send } from './send';
import { TrainerPicker } from './TrainerPicker';

type Audience = 'professional' | 'child';

interface Props {
  organisationId: string;
  onCreated: (cohort: Schemas['CohortDto']) => void;
  onCancel: () => void;
  /** A trainer opens children's groups only, and runs them: no audience to choose, no trainers to pick. */
  childGroupOnly?: boolean;
}

/** A cohort: a name, a programme or published modules in the order followed, optional dates, and the trainers who run it. */
export function CreateCohortForm({ organisationId, onCreated, onCancel, childGroupOnly = false }: Props) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const [name, setName] = useState('');
  const [audience, setAudience] = useState<Audience>(childGroupOnly ? 'child' : 'professional');
  const [follows, setFollows] = useState<'programme' | 'modules'>('programme');
  const [programmeSlug, setProgrammeSlug] = useState('');
  const [moduleSlugs, setModuleSlugs] = useState<string[]>([]);
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [trainerIds, setTrainerIds] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  // A children's group follows only children's modules: what was picked for another audience no longer applies.
  const chooseAudience = (next: Audience) => {
    setAudience(next);
    setProgrammeSlug('');
    setModuleSlugs([]);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (follows === 'programme' && !programmeSlug) return setProblem(t('createCohort.noProgramme'));
    if (follows === 'modules' && moduleSlugs.length === 0) return setProblem(t('createCohort.noModule'));
    setBusy(true);
    setProblem(undefined);
    const body = { name, ...(audience === 'child' && { audience }), ...(follows === 'programme' ? { programmeSlug } : { moduleSlugs }), ...(startsOn && { startsOn }), ...(endsOn && { endsOn }), ...(trainerIds.length > 0 && { trainerIds }) };
    const outcome = await send(
      () => api.POST('/api/organisations/{organisationId}/cohorts', { params: { path: { organisationId }, query: { lang } }, body }),
      t('common:load.failed'),
    );
    setBusy(false);
    if (outcome.ok) onCreated(outcome.data);
    else setProblem(outcome.message);
  };
  return (
    <form className="card org-form" onSubmit={(event) => void submit(event)}>
      <h3>{t(childGroupOnly ? 'createCohort.titleChildGroup' : 'createCohort.title')}</h3>
      <div className="field">
        <label htmlFor="cohort-name">{t('createCohort.name')}</label>
        <input id="cohort-name" value={name} onChange={(e) => setName(e.target.value)} required minLength={2} maxLength={200} />
      </div>
      {childGroupOnly ? (
        <p className="field__hint">{t('createCohort.childGroupRunByYou')}</p>
      ) : (
        <fieldset className="org-fieldset">
          <legend>{t('createCohort.audience')}</legend>
          <div className="org-choices">
            {(['professional', 'child'] as const).map((choice) => (
              <label key={choice} className="choice">
                <input type="radio" name="cohort-audience" value={choice} checked={audience === choice} onChange={() => chooseAudience(choice)} />
                <span className="choice__text">{t(`createCohort.audience_${choice}`)}</span>
              </label>
            ))}
          </div>
          {audience === 'child' && <p className="field__hint">{t('createCohort.childHint')}</p>}
        </fieldset>
      )}
      <fieldset className="org-fieldset">
        <legend>{t('createCohort.follows')}</legend>
        <div className="org-choices">
          {(['programme', 'modules'] as const).map((choice) => (
            <label key={choice} className="choice">
              <input type="radio" name="cohort-follows" value={choice} checked={follows === choice} onChange={() => setFollows(choice)} />
              <span className="choice__text">{t(`createCohort.follows_${choice}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {follows === 'programme' ? <ProgrammePicker audience={audience} value={programmeSlug} onChange={setProgrammeSlug} /> : <ModulePicker audience={audience} value={moduleSlugs} onChange={setModuleSlugs} />}
      <div className="org-form__dates">
        <div className="field">
          <label htmlFor="cohort-start">{t('createCohort.startsOn')}</label>
          <input id="cohort-start" type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="cohort-end">{t('createCohort.endsOn')}</label>
          <input id="cohort-end" type="date" value={endsOn} min={startsOn || undefined} onChange={(e) => setEndsOn(e.target.value)} />
        </div>
      </div>
      {!childGroupOnly && <TrainerPicker organisationId={organisationId} value={trainerIds} onChange={setTrainerIds} childGroup={audience === 'child'} />}
      {problem && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
      <p className="actions">
        <button type="submit" className="button" disabled={busy}>
          {t('createCohort.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('createCohort.cancel')}
        </button>
      </p>
    </form>
  );
}
