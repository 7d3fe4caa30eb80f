// The library entry point: annotate(text, {refDate, region}) gives the same document the CLI writes.
import { runPipeline } from './pipeline.js';
import { toOutput, type AnnotatedDocument } from './output.js';
import type { Region } from './doc.js';

export type { AnnotatedDocument, OutputEntity, OutputToken } from './output.js';
export type { Label, Region, TimexValue, FigureValue, SpanValue } from './doc.js';
export { Doc, REGIONS } from './doc.js';
export { STAGES, runPipeline } from './pipeline.js';

export interface AnnotateOptions {
  /** The reference for relative expressions: YYYY-MM-DD, or YYYY-MM-DDTHH:MM to resolve 两小时前 too; none means relative values stay unresolved. */
  refDate?: string | null;
  /** Where the text comes from: CN, TW, HK or MO; none means the convert stage guesses and dates read as in CN. */
  region?: Region | null;
  id?: string;
  source?: string;
}

export function annotate(text: string, options: AnnotateOptions = {}): AnnotatedDocument {
  const id = options.id ?? 'doc';
  return toOutput(runPipeline({ id, text, source: options.source ?? id, refDate: options.refDate ?? null, region: options.region ?? null }));
}
