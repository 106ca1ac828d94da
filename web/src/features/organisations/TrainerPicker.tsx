import { useTranslation } from 'react-i18next';
import { LoadState } from '../../components/LoadState';
import { useTeamMembers } from './useTeamMembers';

/** Trainers and admins of the organisation, as checkboxes; `value` holds the chosen user ids. */
export function TrainerPicker({ organisationId, value, onChange, childGroup = false }: { organisationId: string; value: string[]; onChange: (ids: string[]) => void; childGroup?: boolean }) {
  const { t } = useTranslation('organisations');
  const { state, reload } = useTeamMembers(organisationId);
  const toggle = (id: string, ticked: boolean) => onChange(ticked ? [...value, id] : value.filter((chosen) => chosen !== id));
  return (
    <fieldset className="org-fieldset">
      <legend>{t(childGroup ? 'createCohort.childGroupTrainers' : 'createCohort.trainers')}</legend>
      {childGroup && <p className="field__hint">{t('createCohort.safeguardingHint')}</p>}
      {state.status !== 'ok' ? (
        <LoadState state={state} onRetry={reload} />
      ) : state.data.length === 0 ? (
        <p className="field__hint">{t('createCohort.noTrainer')}</p>
      ) : (
        <div className="org-choices">
          {state.data.map((member) => (
            <label key={member.userId} className="choice">
              <input type="checkbox" checked={value.includes(member.userId)} onChange={(e) => toggle(member.userId, e.target.checked)} />
              <span className="choice__text">
                {member.displayName} <span className="org-muted">({t(`role.${member.role}`)})</span>
              </span>
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
