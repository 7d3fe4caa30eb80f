// The time-word tables under resources/dates/, read once on first use.
import { readSet, readTsv } from '../resources.js';

interface RelativeWord {
  unit: string;
  offset: number;
  dayPart?: string;
  /** Only read right after another time word (去年同期). */
  attach: boolean;
}
interface PeriodPart {
  /** What it must follow: year, month or any. */
  after: string;
  /** A TIMEX3 mod (START, MID, END) or a half (H1, H2). */
  code: string;
}
export interface BoundMod {
  place: 'before' | 'after';
  appliesTo: 'point' | 'duration' | 'any';
  /** The TIMEX3 mod, or null for a frame (过去一个月). */
  mod: string | null;
}
interface DurationUnit {
  unit: string;
  bound: boolean;
  /** Takes the classifier 个 before it (三个月; not 六个分|厂). */
  classifier: boolean;
}

interface DateTables {
  relative: Map<string, RelativeWord>;
  deictic: Map<string, string>;
  /** Word -> its offset from the date it refers back to (in days, or years for a year word), whether it takes only that date's year, and a part of the day (当晚). */
  anaphoric: Map<string, { offset: number; year: boolean; dayPart?: string }>;
  periodParts: Map<string, PeriodPart>;
  /** Season word -> its TIMEX3 code, and a mod for a part of it (入秋: autumn, START). */
  seasons: Map<string, { code: string; mod?: string }>;
  dayParts: Map<string, { code: string; shift: number }>;
  boundMods: Map<string, BoundMod>;
  units: Map<string, DurationUnit>;
  futureMarkers: Set<string>;
  /** Two-character words that begin with 前/后 (前往, 后来): no bound of the date before them. */
  notBounds: Set<string>;
  numberDesignations: string[];
  /** Animal of the twelve-year cycle -> its place in the cycle. */
  zodiac: Map<string, number>;
}

let tables: DateTables | null = null;

export function dateTables(): DateTables {
  tables ??= {
    relative: new Map(readTsv('dates/relative-words.tsv').map(([w, unit, offset, part, attach]) =>
      [w, { unit, offset: Number(offset), ...(part ? { dayPart: part } : {}), attach: attach === 'attach' }])),
    deictic: new Map(readTsv('dates/deictic.tsv').map(([w, v]) => [w, v])),
    anaphoric: new Map(readTsv('dates/anaphoric.tsv').map(([w, d, grain, part]) =>
      [w, { offset: Number(d), year: grain === 'year', ...(part ? { dayPart: part } : {}) }])),
    periodParts: new Map(readTsv('dates/period-parts.tsv').map(([w, after, code]) => [w, { after, code }])),
    seasons: new Map(readTsv('dates/seasons.tsv').map(([w, code, mod]) => [w, mod ? { code, mod } : { code }])),
    dayParts: new Map(readTsv('dates/day-parts.tsv').map(([w, code, shift]) => [w, { code, shift: Number(shift) }])),
    boundMods: new Map(readTsv('dates/bound-mods.tsv').map(([w, place, appliesTo, mod]) =>
      [w, { place: place as BoundMod['place'], appliesTo: appliesTo as BoundMod['appliesTo'], mod: mod === '-' ? null : mod }])),
    units: new Map(readTsv('dates/units.tsv').map(([w, unit, bound, ge]) => [w, { unit, bound: bound === 'bound', classifier: ge === '个' }])),
    futureMarkers: readSet('dates/future-markers.tsv'),
    notBounds: readSet('dates/not-bounds.txt'),
    numberDesignations: [...readSet('dates/number-designations.tsv')],
    zodiac: new Map(readTsv('dates/zodiac.tsv').map(([w, k]) => [w, Number(k)])),
  };
  return tables;
}

/** An alternation of words, longest first, for a regular expression. */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
