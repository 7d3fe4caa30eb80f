// The figures stage's tables under resources/figures/, read once on first use.
import { Gazetteer } from '../gazetteer.js';
import { readSet, readTsv } from '../resources.js';

/** What a word right after a number makes of it. */
type SuffixKind = 'unit' | 'classifier' | 'currency' | 'time';

export interface Suffix {
  kind: SuffixKind;
  /** unit: the unit as written in the value; classifier: itself; currency: ISO 4217 code. */
  unit: string;
  /** currency: worth of one in the main unit (角 = 0.1). */
  factor: number;
  /** currency: `spoken` forms (块, 毛) need 钱, a numeral or no Han character after them. */
  spoken: boolean;
  /** currency: `sub` forms (分, 仙) only follow a larger unit of the same money. */
  subOnly: boolean;
  /** currency: also a classifier when it is no money (一块蛋糕). */
  classifierToo: boolean;
}

interface Currency {
  code: string;
  factor: number;
}

/** What a cue word in a clause says about a bare N分 or N个 (money-cues.tsv). */
export type MoneyCue = 'price' | 'score' | 'cantonese' | 'none';

interface Mod {
  mod: string;
}

export interface FigureTables {
  /** Units, classifiers, currencies (after the number) and time words, longest first. */
  suffixes: Gazetteer<Suffix>;
  /** Currencies written before the number (￥, 人民币, US$), by form. */
  currencyBefore: WordsBefore<Currency>;
  modsBefore: WordsBefore<Mod>;
  modsAfter: Gazetteer<Mod>;
  /** English scale words: million -> 1e6. */
  scales: Map<string, number>;
  /** One-letter scale marks glued to a number (100K, 1.2M), case-sensitive. */
  shortScales: Map<string, { factor: number; needs: 'decimal' | 'two-digits' }>;
  /** A unit -> the smaller units that may follow it in the same figure, with how many make one. */
  compounds: Map<string, { smaller: string; per: number }[]>;
  /** Units whose bare trailing digits are decimals (一米八) and which may stand for one (米九). */
  decimalTails: Set<string>;
  /** Words before 一 + classifier that make it a determiner (这一种, 每一个). */
  determiners: Set<string>;
  /** Set phrases with a numeral that are no figure; global, non-overlapping longest matches. */
  stopPhrases: RegExp;
  /** 首 words read as the ordinal first; global, non-overlapping longest matches. */
  firstWords: RegExp;
  /** Units that may end a Latin run (100GB) or follow a number after a space (3 km). */
  latinUnits: Set<string>;
  /** 摄氏, 华氏 before a number: the units they qualify and the unit they make. */
  unitPrefixes: WordsBefore<{ qualifies: Set<string>; unit: string }>;
  /** Price, score and Cantonese money words that decide a bare N分 or N个 in their clause. */
  moneyCues: Gazetteer<MoneyCue>;
  /** Units that also count times (度): a count before a verb or after a span of time. */
  timesUnits: Set<string>;
  /** Words that make a bare number beside them a phone or service number (拨打110, 110报警). */
  codeCuesBefore: WordsBefore<true>;
  codeCuesAfter: Gazetteer<true>;
}

let tables: FigureTables | null = null;

export function figureTables(): FigureTables {
  if (tables !== null) return tables;
  const suffixes: { name: string; data: Suffix }[] = [];
  const plain = (kind: SuffixKind, unit: string): Suffix => ({ kind, unit, factor: 1, spoken: false, subOnly: false, classifierToo: false });
  const classifiers = readSet('figures/classifiers.txt');
  const latinUnits = new Set<string>();
  for (const [form, unit] of readTsv('figures/units.tsv')) {
    suffixes.push({ name: form, data: plain('unit', unit) });
    if (/^[A-Za-z°]/.test(form)) latinUnits.add(form);
  }
  for (const t of readSet('figures/time-words.txt')) suffixes.push({ name: t, data: plain('time', t) });
  const currencyBefore = new Map<string, Currency>();
  for (const [form, code, factor, where] of readTsv('figures/currencies.tsv')) {
    if (where === 'before' || where === 'both') currencyBefore.set(form, { code, factor: Number(factor) });
    if (where !== 'before') {
      const classifierToo = classifiers.delete(form);
      suffixes.push({ name: form, data: { kind: 'currency', unit: code, factor: Number(factor), spoken: where === 'spoken', subOnly: where === 'sub', classifierToo } });
      if (/^[A-Za-z]/.test(form)) latinUnits.add(form);
    }
  }
  for (const c of classifiers) suffixes.push({ name: c, data: plain('classifier', c) });
  const modsBefore = new Map<string, Mod>();
  const modsAfter: { name: string; data: Mod }[] = [];
  for (const [word, where, mod] of readTsv('figures/mods.tsv')) {
    if (where === 'before') modsBefore.set(word, { mod });
    else modsAfter.push({ name: word, data: { mod } });
  }
  const unitPrefixes = new Map(readTsv('figures/unit-prefixes.tsv').map(([word, units, unit]) => [word, { qualifies: new Set(units.split(' ')), unit }]));
  const compounds = new Map<string, { smaller: string; per: number }[]>();
  const decimalTails = new Set<string>();
  for (const [unit, smaller, per] of readTsv('figures/unit-compounds.tsv')) {
    if (smaller === '-') decimalTails.add(unit);
    else compounds.set(unit, [...(compounds.get(unit) ?? []), { smaller, per: Number(per) }]);
  }
  const codeCues = readTsv('figures/code-cues.tsv');
  tables = {
    suffixes: new Gazetteer(suffixes),
    currencyBefore: new WordsBefore(currencyBefore),
    modsBefore: new WordsBefore(modsBefore),
    modsAfter: new Gazetteer(modsAfter),
    scales: new Map(readTsv('figures/english-scales.tsv').map(([w, f]) => [w, Number(f)])),
    shortScales: new Map(readTsv('figures/short-scales.tsv').map(([w, f, needs]) => [w, { factor: Number(f), needs: needs as 'decimal' | 'two-digits' }])),
    compounds,
    decimalTails,
    determiners: readSet('figures/determiners.txt'),
    stopPhrases: phrasePattern(readSet('figures/stop-phrases.txt')),
    firstWords: phrasePattern(readSet('figures/first-words.txt')),
    latinUnits,
    unitPrefixes: new WordsBefore(unitPrefixes),
    moneyCues: new Gazetteer(readTsv('figures/money-cues.tsv').map(([name, kind]) => ({ name, data: kind as MoneyCue }))),
    timesUnits: readSet('figures/times-units.txt'),
    codeCuesBefore: new WordsBefore(new Map(codeCues.filter(([, where]) => where === 'before').map(([word]) => [word, true as const]))),
    codeCuesAfter: new Gazetteer(codeCues.filter(([, where]) => where === 'after').map(([name]) => ({ name, data: true as const }))),
  };
  return tables;
}

/**
 * One regex for a list of phrases, longest first, so that a global scan finds the same
 * non-overlapping longest matches, left to right, as a Gazetteer's scan, without a lookup per position.
 */
function phrasePattern(phrases: Iterable<string>): RegExp {
  const forms = [...phrases].filter((p) => p !== '').sort((a, b) => b.length - a.length);
  const alternatives = forms.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(forms.length === 0 ? '(?!)' : alternatives.join('|'), 'g');
}

/** Words written before a number (currencies, mods, 摄氏), found by where they end. */
class WordsBefore<T> {
  /** The forms' lengths, longest first. */
  private readonly lengths: number[];
  /** The forms' last UTF-16 units: most positions end no form, and need no string looked up. */
  private readonly lastUnits = new Set<number>();

  constructor(private readonly forms: Map<string, T>) {
    const lengths = new Set<number>();
    for (const form of forms.keys()) {
      if (form === '') continue;
      lengths.add(form.length);
      this.lastUnits.add(form.charCodeAt(form.length - 1));
    }
    this.lengths = [...lengths].sort((a, b) => b - a);
  }

  /** The longest form that ends exactly at `end` in `text`. */
  endingAt(text: string, end: number): { start: number; data: T } | null {
    if (end < 1 || !this.lastUnits.has(text.charCodeAt(end - 1))) return null;
    for (const len of this.lengths) {
      if (len > end) continue;
      const data = this.forms.get(text.slice(end - len, end));
      if (data !== undefined) return { start: end - len, data };
    }
    return null;
  }
}
