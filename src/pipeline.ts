// The pipeline is this ordered list of stages; adding a stage means adding a row.
import { Doc, type DocInit } from './doc.js';
import type { Stage } from './stage.js';
import { convertStage } from './stages/convert.js';
import { sentencesStage } from './stages/sentences.js';
import { segmentStage } from './stages/segment.js';
import { figuresStage } from './stages/figures.js';
import { datesStage } from './stages/dates.js';
import { namesStage } from './stages/names.js';
import { englishStage } from './stages/english.js';
import { resolveStage } from './stages/resolve.js';

export const STAGES: readonly Stage[] = [
  convertStage,
  sentencesStage,
  segmentStage,
  figuresStage,
  datesStage,
  namesStage,
  englishStage,
  resolveStage,
];

/** Run the stages over a new Doc; each stage's time is kept in doc.timings. */
export function runPipeline(init: DocInit, stages: readonly Stage[] = STAGES): Doc {
  const doc = new Doc(init);
  for (const stage of stages) {
    const t0 = performance.now();
    stage.run(doc);
    doc.timings[stage.name] = (doc.timings[stage.name] ?? 0) + performance.now() - t0;
  }
  return doc;
}
