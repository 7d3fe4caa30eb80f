import type { Doc } from './doc.js';

/**
 * One step of the pipeline. A stage reads what earlier stages left on the Doc and adds its own:
 * the text, sentences and tokens, or candidate spans. Tables load once, on first use.
 */
export interface Stage {
  readonly name: string;
  run(doc: Doc): void;
}
