// The worker thread of `annotate --jobs N`: nodejieba and the tables load once per worker, on
// its first document.
import { workerData } from 'node:worker_threads';
import { annotateDocument, applySettings, type WorkerSettings } from './annotate-task.js';

applySettings(workerData as WorkerSettings);

export default annotateDocument;
