// One document through the pipeline and every output file of its unit: what a worker thread
// does (src/worker.ts), and what `--jobs 1` does in the main thread, so both give the same bytes.
import type { DocInit } from './doc.js';
import { codePointLength } from './doc.js';
import { toOutput } from './output.js';
import { runPipeline } from './pipeline.js';
import { setMaxSentenceLength } from './stages/sentences.js';
import { unitFiles, type Piece, type UnitKind } from './write/writers.js';

export interface DocumentTask {
  init: DocInit;
  /** The formats, for the files of a unit of this kind; for standard output `json` of records (JSON lines). */
  formats: readonly string[];
  kind: UnitKind;
}

export interface RenderedDocument {
  /** For each file of the unit, in the order of `unitFiles(formats, kind)`, its pieces. */
  parts: Piece[][];
  characters: number;
}

/** Settings a worker receives once, as `workerData`. */
export interface WorkerSettings {
  maxSentence: number;
}

export function applySettings(settings: WorkerSettings): void {
  setMaxSentenceLength(settings.maxSentence);
}

export async function annotateDocument(task: DocumentTask): Promise<RenderedDocument> {
  const doc = toOutput(runPipeline(task.init));
  const parts = await Promise.all(unitFiles(task.formats, task.kind).map((f) => f.render(doc)));
  return { parts, characters: codePointLength(doc.text) };
}
