import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { AssessmentEditor } from './AssessmentEditor';
import { ConflictPanel } from './ConflictPanel';
import { DiscardDraft } from './DiscardDraft';
import { ImportQuestions } from './ImportQuestions';
import { forgetLocal } from './local-copy';
import { LessonsEditor } from './LessonsEditor';
import { ModuleActions } from './ModuleActions';
import { ModuleFields, type Competency } from './ModuleFields';
import { usePublishCheck } from './PublishCheck';
import { PublishPanel, type Published } from './PublishPanel';
import { RestoreOffer } from './RestoreOffer';
import { SaveStatus } from './SaveStatus';
import type { Draft } from './types';
import { useAutosave } from './useAutosave';
import { VersionsPanel } from './VersionsPanel';
import { ZipIntoDraft } from './ZipIntoDraft';
import { AuthorOnly } from './AuthorOnly';
import './authoring.css';

type Detail = Schemas['AuthoredModuleDetailDto'];

/** One module of the authoring space: its draft editor, or a way to start a draft from the current version. */
export function DraftEditorPage() {
  return (
    <AuthorOnly>
      <DraftEditorPageContent />
    </AuthorOnly>
  );
}

function DraftEditorPageContent() {
  const { t } = useTranslation('authoring');
  const lang = useLanguage();
  const { slug = '' } = useParams();
  // Reloading after publishing, discarding or archiving keeps the page (and its confirmation messages) in place.
  const detail = useApi((signal) => api.GET('/api/authoring/modules/{slug}', { params: { path: { slug }, query: { lang } }, signal }), [slug, lang], { keepWhileSame: [slug, lang] });
  const draft = useApi((signal) => api.GET('/api/authoring/modules/{slug}/draft', { params: { path: { slug }, query: { lang } }, signal }), [slug]);
  const competencies = useApi((signal) => api.GET('/api/competencies', { params: { query: { lang } }, signal }), [lang]);
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [published, setPublished] = useState<Published>();
  const [discarded, setDiscarded] = useState(false);
  const navigate = useNavigate();

  // Stable between renders: every question editor of the pool takes it, and re-renders only when a prop changes.
  const codes: Competency[] = useMemo(() => (competencies.state.status === 'ok' ? competencies.state.data.items.map(({ code, title }) => ({ code, title })) : []), [competencies.state]);

  const startDraft = async () => {
    setStarting(true);
    setPublished(undefined);
    setDiscarded(false);
    setProblem(undefined);
    try {
      const { response, error } = await api.POST('/api/authoring/modules/{slug}/draft', { params: { path: { slug }, query: { lang } } });
      if (response.ok) draft.reload();
      else setProblem((error as { message?: string } | undefined)?.message ?? t('common:load.failed'));
    } catch {
      setProblem(t('common:load.failed'));
    }
    setStarting(false);
  };

  if (detail.state.status !== 'ok') {
    return (
      <div className="authoring">
        <h1>{t('editor.loadingTitle')}</h1>
        <LoadState state={detail.state} onRetry={detail.reload} />
      </div>
    );
  }
  const module = detail.state.data;
  return (
    <div className="authoring">
      <p>
        <Link to="/authoring">{t('editor.back')}</Link>
      </p>
      <h1>{module.title || module.slug}</h1>
      <p className="module-card__meta">
        <span>{module.currentVersion === null ? t('list.neverPublished') : t('list.version', { number: module.currentVersion })}</span>
        {module.archivedAt && <span className="badge">{t('list.archivedBadge')}</span>}
      </p>
      {published && (
        <div role="status" className="notice notice--success">
          <p>{published.created ? t('publish.done', { version: published.version }) : t('publish.unchanged', { version: published.version })}</p>
          <p>
            <Link to={`/modules/${slug}`}>{t('publish.catalogueLink')}</Link>
          </p>
        </div>
      )}
      {discarded && (
        <p role="status" className="notice notice--success">
          {t('discard.done')}
        </p>
      )}
      {/* No draft and no version is only a moment (just published, the page not yet reloaded): never "from version 0". */}
      {draft.state.status === 'error' && draft.state.httpStatus === 404 && module.currentVersion !== null ? (
        <div className="card">
          <p>{t('editor.noDraft')}</p>
          <button type="button" className="button" onClick={() => void startDraft()} disabled={starting}>
            {t('editor.startDraft', { version: module.currentVersion ?? 0 })}
          </button>
          {problem && <p role="alert" className="notice notice--error">{problem}</p>}
        </div>
      ) : draft.state.status !== 'ok' ? (
        <LoadState state={draft.state.status === 'error' && draft.state.httpStatus === 404 ? { status: 'loading' } : draft.state} onRetry={draft.reload} />
      ) : (
        <DraftEditor
          key={`${draft.state.data.slug}:${draft.state.data.revision}`}
          initial={draft.state.data}
          competencies={codes}
          module={module}
          onPublished={(outcome) => {
            setPublished(outcome);
            detail.reload();
            draft.reload();
          }}
          onDiscarded={() => {
            if (module.currentVersion === null) return void navigate('/authoring', { state: { notice: t('discard.deleted', { title: module.title || module.slug }) } });
            setPublished(undefined);
            setDiscarded(true);
            detail.reload();
            draft.reload();
          }}
        />
      )}
      <VersionsPanel key={`${module.versions.length}:${draft.state.status === 'ok'}`} slug={slug} versions={module.versions} hasDraft={draft.state.status === 'ok'} />
      <ModuleActions slug={slug} archived={module.archivedAt !== null} published={module.currentVersion !== null} hasDraft={draft.state.status === 'ok'} onChanged={() => {
          // An older notice ("version 1 is published", with its catalogue link) is no longer true once archived.
          setPublished(undefined);
          setDiscarded(false);
          detail.reload();
        }} />
    </div>
  );
}

function DraftEditor({
  initial,
  competencies,
  module,
  onPublished,
  onDiscarded,
}: {
  initial: Draft;
  competencies: Competency[];
  module: Detail;
  onPublished: (published: Published) => void;
  onDiscarded: () => void;
}) {
  const { t } = useTranslation('authoring');
  const editor = useAutosave(initial);
  const { definition, update, state } = editor;
  const check = usePublishCheck(initial.slug, editor.savedRevision);
  // Once publishing has been refused, what it still refuses is also shown on each field, as the save's problems are.
  const [refused, setRefused] = useState(false);
  const problems = useMemo(
    () => (refused && check.status === 'ok' ? [...editor.problems, ...check.data.problems.map(({ field, message }) => ({ field, message }))] : editor.problems),
    [refused, check, editor.problems],
  );
  return (
    <>
      <div className="authoring-savebar">
        <SaveStatus state={state} />
        {state.kind === 'invalid' && editor.problems.length > 0 && <p className="notice notice--error">{t('save.invalidDetail', { count: editor.problems.length })}</p>}
      </div>
      <RestoreOffer draft={initial} onRestore={editor.replace} />
      {state.kind === 'conflict' && <ConflictPanel current={state.current} mine={definition} slug={initial.slug} onTakeTheirs={() => editor.takeTheirs(state.current)} />}
      <form className="authoring-editor" onSubmit={(event) => event.preventDefault()} aria-label={t('editor.formLabel')}>
        <ModuleFields definition={definition} update={update} problems={problems} competencies={competencies} />
        <LessonsEditor slug={initial.slug} definition={definition} update={update} problems={problems} />
        <AssessmentEditor definition={definition} update={update} problems={problems} competencies={competencies} />
      </form>
      <PublishPanel slug={initial.slug} saveFirst={editor.flush} revision={editor.revision} check={check} onRefused={() => setRefused(true)} onPublished={onPublished} />
      <section aria-labelledby="editor-files" className="authoring-section">
        <h2 id="editor-files">{t('zip.title')}</h2>
        <ZipIntoDraft slug={initial.slug} saveFirst={editor.flush} revision={editor.revision} onImported={editor.adopt} />
      </section>
      <ImportQuestions slug={initial.slug} saveFirst={editor.flush} revision={editor.revision} onImported={editor.adopt} />
      <DiscardDraft
        slug={initial.slug}
        currentVersion={module.currentVersion}
        halt={editor.halt}
        resume={editor.resume}
        revision={editor.revision}
        onDiscarded={() => {
          forgetLocal(initial.slug);
          onDiscarded();
        }}
      />
    </>
  );
}
