import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError, type FieldProblem } from '../../common/errors/app-error.js';
import type { MessageKey } from '../../common/i18n/messages.en.js';
import type { Language } from '../../common/i18n/language.js';
import type { ImportFormat } from './question-import.js';

/** What a worker is asked to read: a question bank against a draft's question ids, or a module zip. */
export type ImportTask =
  | { kind: 'questions'; format: ImportFormat; source: string; language: Language; existingIds: string[]; competency: string }
  | { kind: 'zip'; bytes: Uint8Array; slug: string };

/** What a worker answers: it is loaded, the result, a refusal of ours, or an unexpected failure. */
export type WorkerAnswer =
  | { ready: true }
  | { value: unknown }
  | { refusal: { statusCode: number; messageKey: MessageKey; params: Record<string, unknown>; fields?: FieldProblem[] } }
  | { tooComplex: true }
  | { failure: string };

/** Reading one file may take this long in its worker (starting a worker aside). */
export const IMPORT_TIME_BUDGET_MS = 5_000;
const MEMORY_LIMIT_MB = 256;
/** One core stays with the server: on two cores, imports are read one at a time and the others wait their turn. */
const WORKERS = Math.max(1, Math.min(2, availableParallelism() - 1));
const MAX_WAITING = 16;

const here = import.meta.url;
// The built app runs the compiled .js worker; the sources (npm run dev, scripts, Jest) need the TypeScript loader
// that the scripts run with, which a worker inherits only when its parent was started with it.
const fromSources = here.endsWith('.ts');
const WORKER_FILE = new URL(`./import-worker.${fromSources ? 'ts' : 'js'}`, here);
const TS_LOADER = '@swc-node/register/esm-register';
const execArgv = fromSources && !process.execArgv.includes(TS_LOADER) ? ['--import', TS_LOADER] : undefined;

const tooComplex = () => new AppError(422, 'authoring.importTooComplex', { seconds: IMPORT_TIME_BUDGET_MS / 1000 });

let running = 0;
const waiting: (() => void)[] = [];
/** Workers started and free: kept for the next import (starting one costs its module loading), never keeping the process alive. */
const idle = new Set<Worker>();

/**
 * Runs a task in a worker thread, so that parsing never blocks the event loop (health, catalogue and every other
 * request keep answering), with a time budget and a memory cap: past either, the worker is ended and the file refused
 * as too complex. At most WORKERS tasks run at once; the next imports wait in line, and past MAX_WAITING the server
 * says it is busy rather than holding more files in memory.
 */
export async function runImportTask<T>(task: ImportTask): Promise<T> {
  if (running < WORKERS) running += 1;
  else if (waiting.length >= MAX_WAITING) throw new AppError(503, 'authoring.importBusy');
  // A finished task hands its place straight to the next in line, so that no newcomer slips past.
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return (await inWorker(task)) as T;
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

/** How many imports are being read and how many wait their turn. */
export const importWorkload = () => ({ reading: running, waiting: waiting.length });

/** Ends the workers kept between imports (on shutdown); imports still being read finish on their own workers. */
export async function stopIdleImportWorkers(): Promise<void> {
  const stopping = [...idle].map((worker) => worker.terminate());
  idle.clear();
  await Promise.all(stopping);
}

function startWorker(): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { execArgv, resourceLimits: { maxOldGenerationSizeMb: MEMORY_LIMIT_MB } });
    worker.once('message', () => resolve(worker));
    worker.on('error', reject);
    worker.once('exit', (code) => {
      idle.delete(worker);
      reject(new Error(`Import worker stopped with code ${code}`));
    });
  });
}

async function inWorker(task: ImportTask): Promise<unknown> {
  const [free] = idle;
  idle.delete(free);
  const worker = free ?? (await startWorker());
  worker.ref();
  return new Promise((resolve, reject) => {
    let budget: NodeJS.Timeout | undefined;
    const settle = (keep: boolean, outcome: () => void) => {
      clearTimeout(budget);
      worker.off('message', onAnswer).off('error', onError).off('exit', onExit);
      if (keep) {
        worker.unref();
        idle.add(worker);
      } else void worker.terminate();
      outcome();
    };
    const onAnswer = (answer: WorkerAnswer) => {
      if ('value' in answer) settle(true, () => resolve(answer.value));
      else if ('refusal' in answer) {
        const { statusCode, messageKey, params, fields } = answer.refusal;
        settle(true, () => reject(new AppError(statusCode, messageKey, params, fields)));
      } else if ('tooComplex' in answer) settle(true, () => reject(tooComplex()));
      else if ('failure' in answer) settle(false, () => reject(new Error(`Import worker failed: ${answer.failure}`)));
    };
    const onError = (error: Error & { code?: string }) => settle(false, () => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooComplex() : error));
    const onExit = (code: number) => settle(false, () => reject(new Error(`Import worker stopped with code ${code}`)));
    worker.on('message', onAnswer).on('error', onError).on('exit', onExit);
    worker.postMessage(task);
    budget = setTimeout(() => settle(false, () => reject(tooComplex())), IMPORT_TIME_BUDGET_MS);
  });
}
