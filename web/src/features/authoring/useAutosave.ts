import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { forgetLocal, keepLocally } from './local-copy';
import type { Definition, Draft, FieldProblem } from './types';

export const AUTOSAVE_DELAY_MS = 1500;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'invalid'; message: string }
  | { kind: 'offline' }
  | { kind: 'conflict'; current: Draft };

/**
 * The draft being edited, saved ~1.5 s after the last change with the revision it was loaded at. Every unsent edit is
 * also kept in localStorage (by module and revision). A 409 stops saving and keeps both versions until the trainer
 * chooses: nothing is ever overwritten silently.
 */
export function useAutosave(initial: Draft) {
  const lang = useLanguage();
  const slug = initial.slug;
  const [definition, setDefinition] = useState<Definition>(initial.definition);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const revision = useRef(initial.revision);
  // The revision the server holds with every edit sent so far: what the publish check reads.
  const [savedRevision, setSavedRevision] = useState(initial.revision);
  const latest = useRef(definition);
  const sentVersion = useRef(0);
  const editVersion = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const inFlight = useRef(false);
  const blocked = useRef(false);
  // Set while the draft is being discarded: nothing is sent or kept, so the revision stays the one the discard names.
  const halted = useRef(false);
  const failed = useRef(false);
  const running = useRef<Promise<void>>(undefined);
  // The latest send (it reads the current language); save itself stays stable for timers.
  const sendRef = useRef<() => Promise<void>>(async () => undefined);

  const save = useCallback((): Promise<void> => {
    if (inFlight.current) return running.current ?? Promise.resolve();
    if (halted.current || blocked.current || sentVersion.current === editVersion.current) return Promise.resolve();
    running.current = sendRef.current();
    return running.current;
  }, []);

  const send = async () => {
    inFlight.current = true;
    failed.current = false;
    const version = editVersion.current;
    const body = { revision: revision.current, definition: latest.current };
    setState({ kind: 'saving' });
    try {
      const { data, error, response } = await api.PUT('/api/authoring/modules/{slug}/draft', { params: { path: { slug }, query: { lang } }, body });
      if (response.ok && data) {
        const saved = data as Draft;
        sentVersion.current = version;
        forgetLocal(slug, revision.current);
        revision.current = saved.revision;
        setSavedRevision(saved.revision);
        setProblems([]);
        if (editVersion.current !== version) {
          keepLocally(slug, revision.current, latest.current);
          setState({ kind: 'pending' });
        } else setState({ kind: 'saved', at: saved.updatedAt });
      } else if (response.status === 409) {
        blocked.current = true;
        const conflict = error as unknown as { current: Draft };
        setState({ kind: 'conflict', current: conflict.current });
      } else {
        const body = error as { message?: string; details?: FieldProblem[] } | undefined;
        sentVersion.current = version;
        failed.current = true;
        setProblems((body?.details ?? []).map(({ field, message }) => ({ field, message })));
        setState({ kind: 'invalid', message: body?.message ?? '' });
      }
    } catch {
      failed.current = true;
      setState({ kind: 'offline' });
    } finally {
      inFlight.current = false;
    }
    if (!blocked.current && editVersion.current !== sentVersion.current) {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveRef.current(), AUTOSAVE_DELAY_MS);
    }
  };
  sendRef.current = send;
  const saveRef = useRef(save);

  const update = useCallback(
    (change: (current: Definition) => Definition) => {
      const next = change(latest.current);
      latest.current = next;
      editVersion.current += 1;
      setDefinition(next);
      if (halted.current) return;
      keepLocally(slug, revision.current, next);
      if (blocked.current) return;
      setState({ kind: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    [slug, save],
  );

  /** After a conflict: take the version now on the server, dropping mine (which the trainer may have downloaded). */
  const takeTheirs = useCallback((current: Draft) => {
    forgetLocal(slug);
    blocked.current = false;
    revision.current = current.revision;
    setSavedRevision(current.revision);
    latest.current = current.definition;
    sentVersion.current = editVersion.current;
    setDefinition(current.definition);
    setProblems([]);
    setState({ kind: 'saved', at: current.updatedAt });
  }, [slug]);

  /** Replaces the whole draft after an import or a restore, and saves it. */
  const replace = useCallback((next: Definition) => update(() => next), [update]);

  /** A draft the server changed itself (question import): adopt it as saved. */
  const adopt = useCallback((saved: Draft) => takeTheirs(saved), [takeTheirs]);

  /** Saves what is pending now; true when the server holds every edit (publishing and imports need that). */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    for (let round = 0; round < 3 && !blocked.current && (inFlight.current || editVersion.current !== sentVersion.current); round += 1) {
      await (inFlight.current ? running.current : save());
    }
    return !blocked.current && !failed.current && editVersion.current === sentVersion.current;
  }, [save]);

  useEffect(() => () => clearTimeout(timer.current), []);

  /** Stops saving (before discarding the draft) once a save in flight has finished, so the revision is the server's. */
  const halt = useCallback(async () => {
    halted.current = true;
    clearTimeout(timer.current);
    await running.current;
  }, []);

  /** Saving again after `halt` (the discard failed): edits made meanwhile are kept and sent. */
  const resume = useCallback(() => {
    halted.current = false;
    if (editVersion.current === sentVersion.current) return;
    keepLocally(slug, revision.current, latest.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  }, [slug, save]);

  return {
    definition,
    update,
    replace,
    adopt,
    takeTheirs,
    flush,
    halt,
    resume,
    state,
    problems,
    savedRevision,
    revision: () => revision.current,
    hasUnsent: () => editVersion.current !== sentVersion.current,
  };
}
