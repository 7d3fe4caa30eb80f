// A place's context around a word a person rule would take: 城市 X, X 地区, a weather table's
// next city after ℃. Such a word is no person, and a place where the cue says which kind.
import type { Label } from '../doc.js';
import { Gazetteer } from '../gazetteer.js';
import { readTsv } from '../resources.js';
import { NameContext, SuffixTable, isHanIn } from './context.js';

/** A cue's label, or null where the word is no person and no place either (厄尔尼诺 现象). */
type CueLabel = Label | null;

/** What a cue makes of the word: its label, and where the place ends (after a head word that joins it: X 机场). */
export interface PlaceCue {
  label: CueLabel;
  end: number;
}

interface PlaceContextTables {
  before: SuffixTable<CueLabel>;
  after: Gazetteer<{ label: CueLabel; joins: boolean }>;
}

let tables: PlaceContextTables | null = null;
const LONGEST_CUE = 4;

function load(): PlaceContextTables {
  if (tables !== null) return tables;
  const rows = readTsv('names/place-context-cues.tsv');
  const label = (l: string): CueLabel => (l === 'none' ? null : (l as Label));
  tables = {
    before: new SuffixTable(rows.filter((r) => r[1] === 'before').map((r) => [r[0], label(r[2])])),
    after: new Gazetteer(rows.filter((r) => r[1] === 'after' || r[1] === 'head').map((r) => ({ name: r[0], data: { label: label(r[2]), joins: r[1] === 'head' } }))),
  };
  return tables;
}

/**
 * The place cue around text[start, end), a word on token boundaries, or null where there is
 * none. A cue of Han characters is a word of its own (城市 X, not 大城市 X's 市; X 地区, not X 地区性).
 */
export function placeContext(ctx: NameContext, start: number, end: number): PlaceCue | null {
  const t = load();
  const { text } = ctx;
  const before = t.before.findIn(text, Math.max(0, start - LONGEST_CUE), start);
  if (before !== null && (!isHanIn(before[0], 0, before[0].length) || ctx.startsAt[start - before[0].length] >= 0)) return { label: before[1], end };
  if (!t.after.mayMatchAt(text, end)) return null;
  const after = t.after.longestAcceptedAt(text, end, (e) => ctx.endsAt[end + e.name.length] >= 0);
  return after === null ? null : { label: after.data.label, end: after.data.joins ? end + after.name.length : end };
}
