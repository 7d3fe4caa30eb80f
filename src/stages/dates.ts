// Dates and times: DATE and TIME spans with TIMEX3 values, resolved against doc.refDate.
import type { Doc } from '../doc.js';
import { applyPatternRules, type PatternRule } from '../rules.js';
import type { Stage } from '../stage.js';

const pad = (n: string | number) => String(n).padStart(2, '0');

const RULES: PatternRule[] = [
  {
    name: 'date.year-month-day',
    label: 'DATE',
    pattern: /(?<![0-9])([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})[日号]/g,
    value: (m) => ({ type: 'DATE', value: `${m[1]}-${pad(m[2])}-${pad(m[3])}` }),
  },
  {
    name: 'date.month-day',
    label: 'DATE',
    pattern: /(?<![0-9年])([0-9]{1,2})月([0-9]{1,2})[日号]/g,
    value: (m, doc) => ({
      type: 'DATE',
      value: `${doc.refDate === null ? 'XXXX' : doc.refDate.slice(0, 4)}-${pad(m[1])}-${pad(m[2])}`,
      ...(doc.refDate === null ? {} : { anchor: 'ref' as const }),
    }),
  },
];

export const datesStage: Stage = {
  name: 'dates',
  run(doc: Doc) {
    applyPatternRules(doc, RULES);
  },
};
