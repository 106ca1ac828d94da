// Runs in a worker thread (see import-workers.ts): says it is loaded, then reads each file it is sent and answers.
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../common/errors/app-error.js';
import { readModuleZip } from '../module-zip.js';
import type { ImportTask, WorkerAnswer } from './import-workers.js';
import { planImport } from './question-import.js';

const port = parentPort!;

function run(task: ImportTask): unknown {
  if (task.kind === 'zip') return readModuleZip(task.bytes, task.slug);
  return planImport(task.format, task.source, task.language, task.existingIds, task.competency);
}

function answerFor(task: ImportTask): WorkerAnswer {
  try {
    return { value: run(task) };
  } catch (error) {
    if (error instanceof AppError) return { refusal: { statusCode: error.statusCode, messageKey: error.messageKey, params: error.params, fields: error.fields } };
    if (error instanceof RangeError && /call stack/i.test(error.message)) return { tooComplex: true };
    return { failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

port.on('message', (task: ImportTask) => port.postMessage(answerFor(task)));
port.postMessage({ ready: true } satisfies WorkerAnswer);
