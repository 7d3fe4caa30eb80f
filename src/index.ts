// The library entry point: annotate(text, {refDate}) gives the same document the CLI writes.
import { runPipeline } from './pipeline.js';
import { toOutput, type AnnotatedDocument } from './output.js';

export type { AnnotatedDocument, OutputEntity, OutputToken } from './output.js';
export type { Label, TimexValue, FigureValue, SpanValue } from './doc.js';
export { Doc } from './doc.js';
export { STAGES, runPipeline } from './pipeline.js';

export interface AnnotateOptions {
  /** The reference for relative expressions: YYYY-MM-DD, or YYYY-MM-DDTHH:MM to resolve 两小时前 too; none means relative values stay unresolved. */
  refDate?: string | null;
  id?: string;
  source?: string;
}

export function annotate(text: string, options: AnnotateOptions = {}): AnnotatedDocument {
  const id = options.id ?? 'doc';
  return toOutput(runPipeline({ id, text, source: options.source ?? id, refDate: options.refDate ?? null }));
}
