// Figures: PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL with normalised values.
import type { Doc } from '../doc.js';
import { applyPatternRules, type PatternRule } from '../rules.js';
import type { Stage } from '../stage.js';

const RULES: PatternRule[] = [
  {
    name: 'figure.percent-sign',
    label: 'PERCENT',
    pattern: /(?<![0-9.])([0-9]+(?:\.[0-9]+)?)[%％]/g,
    value: (m) => ({ value: Number(m[1]), unit: '%' }),
  },
];

export const figuresStage: Stage = {
  name: 'figures',
  run(doc: Doc) {
    applyPatternRules(doc, RULES);
  },
};
