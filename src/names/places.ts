// Places: GPE for polities, LOC for other places. Listed names (China's divisions, countries,
// our world list), place words jieba tags ns with a place suffix, and one-character
// abbreviations in the contexts news uses them (中美关系, 访华).
import type { Label } from '../doc.js';
import { Gazetteer, type GazetteerEntry } from '../gazetteer.js';
import { readLines, readTsv } from '../resources.js';
import { FUNCTION_WORD_TAGS, NameContext, SuffixTable, isHanIn, isWordyIn, labelledNames, unitSet } from './context.js';

interface Place {
  label: Label;
  /** A county or district short form (和平, 东城): a name only where jieba also tags it a place. */
  weak: boolean;
}

interface PlaceTables {
  listed: Gazetteer<Place>;
  suffixes: SuffixTable<Label>;
  /** Suffixes that also follow a stem of transliteration characters (罗赖马州). */
  foreignSuffixes: SuffixTable<Label>;
  transliteration: Uint8Array;
  abbreviations: Map<string, Label>;
  abbreviationChars: Uint8Array;
  rejected: Set<string>;
  settlementSuffixes: Set<string>;
  genericHeads: SuffixTable<true>;
  /** Cues by kind (place-abbreviation-cues.tsv). */
  cues: Record<'after' | 'pair' | 'side' | 'before' | 'state', Gazetteer<null>>;
  longestVerb: number;
}

let tables: PlaceTables | null = null;

const SHORTEST_PLACE_STEM = 2;
/** Tags of words that may be a place with its suffix: jieba's places, and with a settlement's suffix its new words and persons (贝伦市/x, 余家村/nr). */
const PLACE_WORD_TAGS = new Set(['ns', 'x', 'nr']);

function load(): PlaceTables {
  if (tables !== null) return tables;
  const entries = readTsv('names/places-china.tsv').map(([name, label, level, form]) => ({
    name,
    data: { label: label as Label, weak: form === 'short' && (level === 'county' || level === 'district') },
  }));
  for (const file of ['names/places-countries.tsv', 'names/places-world.tsv']) {
    for (const e of labelledNames(file)) entries.push({ name: e.name, data: { label: e.data, weak: false } });
  }
  const abbreviations = new Map(readTsv('names/place-abbreviations.tsv').map(([c, label]) => [c, label as Label]));
  const cues = readTsv('names/place-abbreviation-cues.tsv');
  const suffixes = readTsv('names/place-suffixes.tsv');
  const cue = (kind: string) => new Gazetteer(cues.filter((r) => r[0] === kind).map((r) => ({ name: r[1], data: null })));
  tables = {
    listed: new Gazetteer(entries),
    suffixes: new SuffixTable(suffixes.map(([s, label]) => [s, label as Label])),
    foreignSuffixes: new SuffixTable(suffixes.filter((r) => r[2] === 'foreign').map(([s, label]) => [s, label as Label])),
    transliteration: unitSet(readLines('names/transliteration-chars.txt')),
    abbreviations,
    abbreviationChars: unitSet(abbreviations.keys()),
    rejected: new Set(readLines('names/place-rejections.txt')),
    settlementSuffixes: new Set(readLines('names/place-settlement-suffixes.txt')),
    genericHeads: new SuffixTable(readLines('names/place-generic-heads.txt').map((w) => [w, true as const])),
    cues: { after: cue('after'), pair: cue('pair'), side: cue('side'), before: cue('before'), state: cue('state') },
    longestVerb: Math.max(...cues.filter((r) => r[0] === 'before').map((r) => r[1].length)),
  };
  return tables;
}

/** The place suffix that is exactly text[start, end) (市, 高新区, 河), or null. */
function suffixWordIn(t: PlaceTables, text: string, start: number, end: number): [string, Label] | null {
  const s = t.suffixes.findIn(text, start, end);
  return s !== null && s[0].length === end - start ? s : null;
}

/** Is text[start, end) exactly a polity suffix (市, 高新区)? */
function isGpeSuffixIn(t: PlaceTables, text: string, start: number, end: number): boolean {
  return suffixWordIn(t, text, start, end)?.[1] === 'GPE';
}

/** Is the text a listed place (not a short form)? Other rule families defer to places. */
export function isListedPlace(text: string): boolean {
  return load().listed.longestAcceptedAt(text, 0, (e) => e.name.length === text.length) !== null;
}

/** Is text[start, end) a stem of transliteration characters and a `foreign` place suffix (克拉斯诺亚尔斯克, 罗赖马州)? */
export function isForeignStemPlace(text: string, start: number, end: number): boolean {
  const s = load().foreignSuffixes.findIn(text, start, end);
  return s !== null && end - s[0].length - start >= SHORTEST_FOREIGN_STEM && isTransliteratedIn(text, start, end - s[0].length);
}

/** Is `word` one the segmenter tags a place but that is an ordinary word (place-rejections.txt: 上半场, 城市)? */
export function isRejectedPlaceWord(word: string): boolean {
  return load().rejected.has(word);
}

export function isTransliterationUnit(unit: number): boolean {
  return load().transliteration[unit] === 1;
}

/** Is text[start, end) transliteration characters only? */
export function isTransliteratedIn(text: string, start: number, end: number): boolean {
  const t = load().transliteration;
  for (let k = start; k < end; k++) if (t[text.charCodeAt(k)] === 0) return false;
  return true;
}

const notWeak = (e: GazetteerEntry<Place>) => !e.data.weak;

/** Listed places and one-character abbreviations. */
export function findListedPlaces(ctx: NameContext): void {
  const t = load();
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const e = ctx.matchTokens(t.listed, i, notWeak);
    if (e !== null && (!e.data.weak || tok.pos === 'ns') && !t.rejected.has(e.name)) {
      let end = tok.start + e.name.length;
      let rule = 'place.listed';
      // 苏州 + 高新区, 北京 + 市: a listed place with its administrative suffix, in the same word
      // or as the next word.
      if (end < tok.end && isGpeSuffixIn(t, text, end, tok.end)) {
        end = tok.end;
        rule = 'place.listed-suffix';
      }
      const next = ctx.startsAt[end];
      if (next >= 0 && isGpeSuffixIn(t, text, end, tokens[next].end)) {
        end = tokens[next].end;
        rule = 'place.listed-suffix';
      }
      ctx.addListed(tok.start, end, rule === 'place.listed' ? e.data.label : 'GPE', rule);
    }
  }
  findAbbreviations(ctx, t, text);
  findAbbreviationWords(ctx, t);
}

/** Words jieba tags as places, where a suffix or transliteration supports them; after persons, which take 库马拉通加 总统. */
export function findPlaceWords(ctx: NameContext): void {
  const t = load();
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!PLACE_WORD_TAGS.has(tok.pos) || ctx.isCovered(tok.start, tok.end)) continue;
    if (!isHanIn(ctx.text, tok.start, tok.end)) continue;
    const word = ctx.word(i);
    if (t.rejected.has(word) || t.genericHeads.find(word, false) !== null) continue;
    const s = t.suffixes.find(word, true);
    // A single character before the suffix makes an ordinary word more often than a name (深海,
    // 山区, 高原); listed places (渤海) were found before.
    const settlement = s !== null && t.settlementSuffixes.has(s[0]);
    if (s !== null && word.length - s[0].length >= SHORTEST_PLACE_STEM && (tok.pos === 'ns' || settlement)) ctx.add(tok.start, tok.end, s[1], 'place.suffix');
    else if (
      word.length >= SHORTEST_PLACE_STEM &&
      i + 1 < tokens.length &&
      tokens[i + 1].start === tok.end &&
      suffixWordIn(t, ctx.text, tokens[i + 1].start, tokens[i + 1].end) !== null &&
      (tok.pos === 'ns' || t.settlementSuffixes.has(ctx.word(i + 1)))
    ) {
      // A place word and its suffix as the next word (南定 镇); a settlement's suffix also after a new word or a person's (杨士/x 乡).
      ctx.add(tok.start, tokens[i + 1].end, suffixWordIn(t, ctx.text, tokens[i + 1].start, tokens[i + 1].end)![1], 'place.suffix');
      i++;
    } else if (tok.pos !== 'ns') continue;
    else if (word.length >= 3 && isTransliteratedIn(ctx.text, tok.start, tok.end)) ctx.add(tok.start, tok.end, 'GPE', 'place.transliterated');
  }
  findForeignStems(ctx, t);
}

const SHORTEST_FOREIGN_STEM = 3;
const LONGEST_FOREIGN_STEM = 8;

/**
 * A stem of transliteration characters, starting a word, right before a `foreign` suffix
 * (罗赖马州, 阿马里洛市): the suffix ends its word, and the stem is that word's start or whole
 * words before it.
 */
function findForeignStems(ctx: NameContext, t: PlaceTables): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!t.foreignSuffixes.mayEndWith(text.charCodeAt(tok.end - 1))) continue;
    const s = t.foreignSuffixes.findIn(text, tok.start, tok.end);
    if (s === null) continue;
    const stemEnd = tok.end - s[0].length;
    if (ctx.isListed(stemEnd, tok.end)) continue;
    // A listed place is no part of a longer stem (巴西 罗赖马州), but a natural feature's suffix
    // may follow it (几内亚湾, 几内亚 湾).
    const mayFollowListed = s[1] === 'LOC';
    let start = tok.start;
    if (start < stemEnd && ctx.isListed(start, stemEnd)) {
      if (!mayFollowListed) continue;
    } else {
      if (!isTransliteratedIn(text, start, stemEnd)) continue;
      for (let j = i - 1; j >= 0 && tokens[j].end === start && stemEnd - tokens[j].start <= LONGEST_FOREIGN_STEM; j--) {
        if (ctx.isListed(tokens[j].start, tokens[j].end)) {
          if (start === stemEnd && mayFollowListed) start = tokens[j].start;
          break;
        }
        if (!isTransliteratedIn(text, tokens[j].start, tokens[j].end)) break;
        start = tokens[j].start;
      }
    }
    if (stemEnd - start < SHORTEST_FOREIGN_STEM) continue;
    ctx.add(start, tok.end, s[1], 'place.foreign-stem');
  }
}

const anyCue = () => true;
const LIST_MARK = '、';
/** Tags of a one-character word that is no place however it is spelt: prepositions, localisers, conjunctions, adverbs, particles, numerals, classifiers, pronouns. */
const NON_PLACE_TAGS = new Set([...FUNCTION_WORD_TAGS, 'm', 'q']);
/** jieba's tag for abbreviations. */
const ABBREVIATION_TAG = 'j';
/** Tags of a word of two or three joined abbreviations (中日/t, 中美/ns, 京沪/j, 英法/nz); others are common words (加以/v, 非法/b). */
const JOINED_WORD_TAGS = new Set(['ns', 'j', 't', 'nt', 'nz']);
/** The same for a pair before a pair cue, which may be a word jieba's HMM found (布中/x 两国关系). */
const PAIR_WORD_TAGS = new Set([...JOINED_WORD_TAGS, 'x']);
/** Tags of a verb's word or a set phrase an abbreviation may sit in (抗日战争/nz), unlike idioms (与日俱增/i). */
const IDIOM_TAGS = new Set(['i', 'l']);

function hasCueAt(cues: Gazetteer<null>, text: string, at: number): boolean {
  return cues.mayMatchAt(text, at) && cues.longestAcceptedAt(text, at, anyCue) !== null;
}

/** Is text[start, end) one word jieba tags as no place (加深/v, 以来/f)? */
function isCommonWord(ctx: NameContext, start: number, end: number): boolean {
  const i = ctx.startsAt[start];
  return i >= 0 && ctx.tokens[i].end === end && !PAIR_WORD_TAGS.has(ctx.tokens[i].pos);
}

/** The token that holds offset `at`, found by walking back to its start; -1 if none. */
function containing(ctx: NameContext, at: number): number {
  for (let k = at; k >= 0; k--) if (ctx.startsAt[k] >= 0) return ctx.tokens[ctx.startsAt[k]].end > at ? ctx.startsAt[k] : -1;
  return -1;
}

/**
 * Words that are two or three abbreviations and nothing else (中日 实现, 欧美 市场), where
 * jieba tags them as places, abbreviations or names, and no listed place or rejected word.
 * And one abbreviation as a word of its own, before a word of a state's offices (俄 总理, 加 政府).
 */
function findAbbreviationWords(ctx: NameContext, t: PlaceTables): void {
  const { tokens, text } = ctx;
  const abbr = t.abbreviationChars;
  for (let i = 0; i < tokens.length; i++) {
    const { start, end, pos } = tokens[i];
    const n = end - start;
    if (n > 3 || abbr[text.charCodeAt(start)] === 0 || ctx.isCovered(start, end)) continue;
    if (n === 1) {
      const next = tokens[i + 1];
      if (next !== undefined && next.start === end && !NON_PLACE_TAGS.has(pos) && hasCueAt(t.cues.state, text, end)) {
        ctx.add(start, end, t.abbreviations.get(text[start])!, 'place.abbreviation-state');
        continue;
      }
      // jieba tags an abbreviation standing for its country as a word of its own j; as a subject,
      // after punctuation and before a word (，俄/j 目前), it names the country (中国法/j 》 does not).
      // The next word has two characters or more: 阿/j 袁 is a name's prefix.
      const before = tokens[i - 1];
      const subject = (before === undefined || !isWordyIn(text, before.start, before.end)) && next !== undefined && next.end - next.start >= 2 && isWordyIn(text, next.start, next.end);
      if (pos === ABBREVIATION_TAG && subject) ctx.add(start, end, t.abbreviations.get(text[start])!, 'place.abbreviation-alone');
      continue;
    }

    // Not the start of a transliterated name (巴古 斯).
    if (!JOINED_WORD_TAGS.has(pos) || t.rejected.has(text.slice(start, end)) || t.transliteration[text.charCodeAt(end)] === 1) continue;
    let joined = true;
    for (let k = start; k < end && joined; k++) joined = abbr[text.charCodeAt(k)] === 1 && (k === start || text.charCodeAt(k) !== text.charCodeAt(k - 1));
    if (!joined) continue;
    for (let k = start; k < end; k++) ctx.add(k, k + 1, t.abbreviations.get(text[k])!, 'place.abbreviation-word');
  }
}

/**
 * One-character abbreviations, each kind scanned left to right without overlaps: two or three
 * joined before an `after` cue (中美关系), one and another character (either first) before a
 * `pair` cue (中布两国, 布中两国), one before a `side` cue in one word (中方), one after a `before` verb (访华).
 */
function findAbbreviations(ctx: NameContext, t: PlaceTables, text: string): void {
  const abbr = t.abbreviationChars;
  const isAbbr = (at: number) => abbr[text.charCodeAt(at)] === 1;
  const positions: number[] = [];
  for (let at = 0; at < text.length; at++) if (abbr[text.charCodeAt(at)] === 1) positions.push(at);
  const addRun = (start: number, end: number, rule: string) => {
    for (let k = start; k < end; k++) ctx.add(k, k + 1, t.abbreviations.get(text[k]) ?? 'GPE', rule);
  };
  let next = 0;
  for (const at of positions) {
    if (at < next || !isAbbr(at + 1)) continue;
    // Three joined if they can be, else two.
    const end = isAbbr(at + 2) && hasCueAt(t.cues.after, text, at + 3) ? at + 3 : hasCueAt(t.cues.after, text, at + 2) ? at + 2 : -1;
    if (end < 0) continue;
    addRun(at, end, 'place.abbreviation-joined');
    next = end;
  }
  // The other character may come first too (布中两国, 墨美两国).
  next = 0;
  for (const at of positions) {
    if (at < next) continue;
    const from = isHanIn(text, at + 1, at + 2) && hasCueAt(t.cues.pair, text, at + 2) ? at : at > next && isHanIn(text, at - 1, at) && hasCueAt(t.cues.pair, text, at + 1) ? at - 1 : -1;
    if (from < 0 || isCommonWord(ctx, from, from + 2)) continue;
    addRun(from, from + 2, 'place.abbreviation-pair');
    next = from + 2;
  }
  // 赣、粤、闽、湘; 在英、法: abbreviations listed with 、, each a word of its own (the first may
  // end a word with a verb before it, 在英).
  const isAbbrWord = (at: number) => isAbbr(at) && ctx.startsAt[at] >= 0 && ctx.endsAt[at + 1] >= 0;
  const endsVerbWord = (at: number) => {
    const i = ctx.endsAt[at + 1];
    if (i < 0) return false;
    const from = ctx.tokens[i].start;
    return t.cues.before.mayMatchAt(text, from) && t.cues.before.longestAcceptedAt(text, from, (e) => from + e.name.length === at) !== null;
  };
  next = 0;
  for (const at of positions) {
    if (at < next || !(isAbbrWord(at) || endsVerbWord(at))) continue;
    let end = at + 1;
    while (text[end] === LIST_MARK && isAbbrWord(end + 1)) end += 2;
    if (end === at + 1) continue;
    for (let k = at; k < end; k += 2) ctx.add(k, k + 1, t.abbreviations.get(text[k])!, 'place.abbreviation-list');
    next = end;
  }
  for (const at of positions) {
    if (!hasCueAt(t.cues.side, text, at + 1)) continue;
    const i = ctx.startsAt[at];
    if (i < 0 || ctx.tokens[i].end !== at + 2) continue;
    ctx.add(at, at + 1, t.abbreviations.get(text[at])!, 'place.abbreviation-side');
  }
  // A verb ends right before an abbreviation: only the few offsets before each can start one.
  const verbs = t.cues.before;
  next = 0;
  for (const a of positions) {
    for (let from = Math.max(next, a - t.longestVerb); from < a; from++) {
      if (!verbs.mayMatchAt(text, from)) continue;
      const verb = verbs.longestAcceptedAt(text, from, (e) => isAbbr(from + e.name.length));
      if (verb === null) continue;
      // 访华, 在京举行: the abbreviation sits inside the verb's word, or is a word of its own;
      // it does not start a longer word (在日常, 在中央). The next verb may start at it.
      const at = from + verb.name.length;
      next = at;
      from = at - 1;
      // A word of its own must not be a function word (在 以 … 为核心, 采访 中); inside a word, the
      // verb starts that word (抗日战争, not 越来越), which is no idiom (与日俱增).
      const i = ctx.startsAt[at];
      if (i >= 0 && (ctx.tokens[i].end > at + 1 || NON_PLACE_TAGS.has(ctx.tokens[i].pos))) continue;
      const around = i >= 0 ? -1 : containing(ctx, at);
      if (around >= 0 && (ctx.tokens[around].start !== from || IDIOM_TAGS.has(ctx.tokens[around].pos))) continue;
      ctx.add(at, at + 1, t.abbreviations.get(text[at])!, 'place.abbreviation-verb');
    }
  }
}
