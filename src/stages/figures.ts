// Figures: PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL with normalised values. The stage runs an
// ordered list of rule families (src/figures/*), each reading the document through one shared
// FigureContext; adding a family means adding a module and a row here. Tables are under
// resources/figures/.
import type { Doc } from '../doc.js';
import { readBareDollars } from '../figures/cantonese-money.js';
import { FigureContext, type FigureRule } from '../figures/context.js';
import { readFirstWords } from '../figures/first-words.js';
import { readHalves } from '../figures/halves.js';
import { readNumeralRuns } from '../figures/numeral-runs.js';
import { mergeRanges } from '../figures/ranges.js';
import { readSlashFractions } from '../figures/slash-fractions.js';
import type { Stage } from '../stage.js';

/** Readers first, in this order, then the refiners of what they found. */
const FIGURE_RULES: readonly FigureRule[] = [
  readNumeralRuns, // 3.5亿, 第三, 百分之五, 两三个, 一块二毛五, 3 million
  readHalves, // 半公升, 半个
  readFirstWords, // 首次, 首届
  readBareDollars, // 个半, 个九 (Cantonese)
  readSlashFractions, // 2/3, １／４以上
  mergeRanges, // 两升到三升
];

export const figuresStage: Stage = {
  name: 'figures',
  run(doc: Doc) {
    const ctx = new FigureContext(doc);
    const first = doc.candidates.length;
    for (const rule of FIGURE_RULES) rule(ctx, doc.candidates, first);
  },
};
