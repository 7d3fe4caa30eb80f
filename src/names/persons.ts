// Persons: Chinese names (a listed surname and a one- or two-character given name) where jieba
// or a context cue supports them, and transliterated foreign names (克林顿, 埃隆·马斯克).
import { Gazetteer } from '../gazetteer.js';
import { readLines, readSet, readTsv } from '../resources.js';
import { FUNCTION_WORD_TAGS, NameContext, SuffixTable, isHanIn, unitSet } from './context.js';
import { placeContext } from './place-context.js';
import { isForeignStemPlace, isListedPlace, isTransliteratedIn, isTransliterationUnit } from './places.js';

/** A word after which a surname alone is the name, and the tags the two need as one word (or null). */
type BareTitle = [string, ReadonlySet<string> | null];

interface PersonTables {
  single: Uint8Array;
  /** Compound surnames as pairs of UTF-16 units (pairKey): no slice per test. */
  compound: Set<number>;
  /** First characters of compound surnames. */
  compoundFirsts: Uint8Array;
  /** First characters of all surnames. */
  surnameFirsts: Uint8Array;
  excluded: Uint8Array;
  finalExcluded: Uint8Array;
  weakSurnames: Set<string>;
  rejected: Set<string>;
  /** Titles and other words before a name (院长, 记者), backward. */
  before: SuffixTable<true>;
  after: Gazetteer<true>;
  attached: SuffixTable<true>;
  /** Words after which a surname alone is the name (吴 先生, 刘某), and the tags the surname and the word need as one word (刘家/nrfg, 朱老/x), or null. */
  bare: Map<number, BareTitle[]>;
  bareFirsts: Uint8Array;
  /** Words before a surname in one word that names the person by the surname (老李, 小王). */
  prefixes: Uint8Array;
  /** Surname characters that before a title are words of their own (原主席). */
  bareNonSurnames: Uint8Array;
  /** How much likelier each character is in a given name, and (for single surnames) as a surname, than in other words (person-name-chars.tsv). */
  givenScore: Float32Array;
  surnameScore: Float32Array;
  /** Function characters jieba's HMM glues to the end of a name. */
  glued: Uint8Array;
  /** Weights by evidence name, as object properties: read by a constant name, no hashing. */
  weights: Record<string, number>;
  japanese: Gazetteer<true>;
}

let tables: PersonTables | null = null;

/** Tags jieba gives to person names (nr, nrt foreign, nrfg) and to words its HMM discovered (x). */
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'x']);
/** Tags of words that jieba's HMM found (x) or that its dictionary knows as full names (nrfg): names even at two characters. */
const DISCOVERED_TAGS = new Set(['nrfg', 'x']);

/**
 * The tags the surname and a `bare-*` cue need as one word: any name tag (刘家/nrfg, not 庄家/n),
 * or one jieba's HMM found or knows as a full name: a word its dictionary tags nr is an
 * ordinary word there (古老/nr, 元老/nr), while a surname with 老 is one it discovers (朱老/x).
 */
const BARE_TAGS: Record<string, ReadonlySet<string>> = {
  'bare-tagged': NAME_TAGS,
  'bare-discovered': DISCOVERED_TAGS,
};

function nameCharScores(): { givenScore: Float32Array; surnameScore: Float32Array } {
  const givenScore = new Float32Array(0x10000);
  const surnameScore = new Float32Array(0x10000);
  for (const [c, given, surname] of readTsv('names/person-name-chars.tsv')) {
    givenScore[c.charCodeAt(0)] = Number(given);
    surnameScore[c.charCodeAt(0)] = Number(surname);
  }
  return { givenScore, surnameScore };
}

function load(): PersonTables {
  if (tables !== null) return tables;
  const surnames = readLines('names/surnames.txt');
  const cues = readTsv('names/person-cues.tsv');
  const compound = surnames.filter((s) => s.length === 2);
  const bareTitles = new Map(cues.filter((r) => r[1].startsWith('bare')).map((r) => [r[0], BARE_TAGS[r[1]] ?? null]));
  // By first unit, each list in the file's order: the first title that matches is the one taken.
  const bare = new Map<number, BareTitle[]>();
  for (const entry of bareTitles) {
    const unit = entry[0].charCodeAt(0);
    const list = bare.get(unit);
    if (list === undefined) bare.set(unit, [entry]);
    else list.push(entry);
  }
  tables = {
    single: unitSet(surnames.filter((s) => s.length === 1)),
    compound: new Set(compound.map((c) => pairKey(c, 0))),
    compoundFirsts: unitSet(compound.map((s) => s[0])),
    surnameFirsts: unitSet(surnames.map((s) => s[0])),
    excluded: unitSet(readLines('names/person-given-excluded.txt')),
    finalExcluded: unitSet(readLines('names/person-final-excluded.txt')),
    weakSurnames: readSet('names/person-weak-surnames.txt'),
    rejected: readSet('names/person-rejections.txt'),
    before: new SuffixTable(cues.filter((r) => r[1] === 'before').map((r) => [r[0], true as const])),
    after: new Gazetteer(cues.filter((r) => r[1] === 'after').map((r) => ({ name: r[0], data: true as const }))),
    attached: new SuffixTable(readLines('names/person-attached.txt').map((w) => [w, true as const])),
    bare,
    bareFirsts: unitSet([...bareTitles.keys()].map((s) => s[0])),
    prefixes: unitSet(cues.filter((r) => r[1] === 'prefix-tagged').map((r) => r[0])),
    bareNonSurnames: unitSet(readLines('names/person-bare-non-surnames.txt')),
    ...nameCharScores(),
    glued: unitSet(readLines('names/person-glued-characters.txt')),
    japanese: new Gazetteer(readLines('names/japanese-surnames.txt').map((name) => ({ name, data: true as const }))),
    weights: Object.fromEntries(readTsv('names/person-name-scores.tsv').map(([f, w]) => [f, Number(w)])),
  };
  return tables;
}

/** Tags the parts of a transliterated name come with, split by jieba (纳西尔/nr 别克/nr, 埃尔南德斯/ns). */
const FOREIGN_PART_TAGS = new Set([...NAME_TAGS, 'ns', 'nz']);
/** Tags of a two-character word that is a foreign name after a title: a foreign name, or a word jieba's HMM found (代表 比耶/x). */
const TWO_CHAR_FOREIGN_TAGS = new Set(['nrt', 'x']);
/** Tags of a one-character word that is no syllable of a name before it: prepositions, conjunctions, pronouns, adverbs, particles, verbs. */
const CLITIC_TAGS = new Set([...FUNCTION_WORD_TAGS, 'v', 'x']);
const SHORTEST_FOREIGN = 3;
const LONGEST_FOREIGN_PART = 4;
const LONGEST_BEFORE_CUE = 4;
const NAME_DOTS = unitSet('·•・');

/** text[at, at + 2) as one number. */
function pairKey(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

/** Length of the surname at the start of text[start, end) (2 for 欧阳), or 0. */
function surnameLength(t: PersonTables, text: string, start: number, end: number): number {
  if (end - start >= 2 && t.compoundFirsts[text.charCodeAt(start)] === 1 && t.compound.has(pairKey(text, start))) return 2;
  return start < end && t.single[text.charCodeAt(start)] === 1 ? 1 : 0;
}

/** text[start, end) is a surname and a one- or two-character given name, none of whose characters is excluded. */
function chineseShape(t: PersonTables, text: string, start: number, end: number, known = false): boolean {
  if (!isHanIn(text, start, end)) return false;
  const s = surnameLength(t, text, start, end);
  const given = end - start - s;
  if (s === 0 || given < 1 || given > 2) return false;
  if (!known) for (let k = start + s; k < end; k++) if (t.excluded[text.charCodeAt(k)] === 1) return false;
  return !t.rejected.has(text.slice(start, end));
}

/**
 * A person's name at text[start, end), unless a place's context is around it (城市 X, X 地区):
 * then the place the cue names, or nothing.
 */
function addPerson(ctx: NameContext, start: number, end: number, rule: string): void {
  const place = placeContext(ctx, start, end);
  if (place === null) ctx.add(start, end, 'PERSON', rule);
  else if (place.label !== null) ctx.add(start, place.end, place.label, 'place.context');
}

/**
 * Is text[start, end) shaped as a person's name: a surname and a given name not ending in a
 * character common at the end of place and thing words (龙泉乡), or a transliterated name (克林顿)?
 */
export function hasPersonShape(text: string, start: number, end: number): boolean {
  const t = load();
  return (chineseShape(t, text, start, end) && t.finalExcluded[text.charCodeAt(end - 1)] === 0) || isForeign(t, text, start, end);
}

/** Does the word end in a title written before a name (院长, 县委书记, 卫冕冠军)? Organisation bodies stop there. */
export function isTitle(word: string): boolean {
  return titleLength(word, 0, word.length) > 0;
}

/** The length of the longest title of two characters or more that text[start, end) ends with, or 0. */
export function titleLength(text: string, start: number, end: number): number {
  const title = load().before.findIn(text, Math.max(start, end - LONGEST_BEFORE_CUE), end);
  return title !== null && title[0].length >= 2 ? title[0].length : 0;
}

/** Characters no given name holds (person-given-excluded.txt). */
export function givenExcludedChars(): Uint8Array {
  return load().excluded;
}

/** Does some title end with this UTF-16 unit? */
export function mayEndTitle(unit: number): boolean {
  return load().before.mayEndWith(unit);
}

function hasCueBefore(ctx: NameContext, t: PersonTables, start: number): boolean {
  return t.before.findIn(ctx.text, Math.max(0, start - LONGEST_BEFORE_CUE), start) !== null;
}

function hasCueAfter(ctx: NameContext, t: PersonTables, end: number): boolean {
  return t.after.mayMatchAt(ctx.text, end) && t.after.matchAt(ctx.text, end) !== null;
}

function hasCue(ctx: NameContext, t: PersonTables, start: number, end: number): boolean {
  return hasCueAfter(ctx, t, end) || hasCueBefore(ctx, t, start);
}

export function findPersons(ctx: NameContext): void {
  const t = load();
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (ctx.isListed(tok.start, tok.end)) continue;
    // Every rule below needs a word that starts with a surname or a transliteration character, or
    // ends in an attached word (主义): most words are passed over here.
    const first = text.charCodeAt(tok.start);
    // 老李, 小王: a prefix and a surname as one word jieba tags a name.
    if (tok.end - tok.start === 2 && t.prefixes[first] === 1 && t.single[text.charCodeAt(tok.start + 1)] === 1 && NAME_TAGS.has(tok.pos)) {
      addPerson(ctx, tok.start + 1, tok.end, 'person.prefix-surname');
      continue;
    }
    // A surname-led word is foreign too before a name dot (马克·卢蒲).
    const beforeDot = ctx.startsAt[tok.end] >= 0 && NAME_DOTS[text.charCodeAt(tok.end)] === 1;
    if (!beforeDot && t.surnameFirsts[first] === 0 && !isTransliterationUnit(first) && !t.attached.mayEndWith(text.charCodeAt(tok.end - 1)) && !t.japanese.mayMatchAt(text, tok.start)) continue;
    // Before a name dot a word of up to four characters opens a foreign name with either the
    // spelling or the tag of one (亚历山大/ns·, 何塞/x·), unless a function character leads it
    // (的阿/x·); one character is an initial (马·, 拉·) only when no transliteration character
    // comes before it (玛丽/nr 特·).
    const length = tok.end - tok.start;
    const dotOpener =
      beforeDot &&
      length <= LONGEST_FOREIGN_PART &&
      t.excluded[first] === 0 &&
      (length === 1
        ? isTransliterationUnit(first) && !isTransliterationUnit(text.charCodeAt(tok.start - 1))
        : isTransliteratedIn(text, tok.start, tok.end) || FOREIGN_PART_TAGS.has(tok.pos));
    // A word jieba's dictionary tags a foreign name (萨默斯/nrt) is one whatever its spelling; a
    // transliterated word it tags a proper noun (齐达内/nz) is foreign though a surname leads it,
    // as Chinese names come tagged nr.
    if (
      ((isTransliteratedIn(text, tok.start, tok.end) && FOREIGN_PART_TAGS.has(tok.pos)) || tok.pos === 'nrt' || dotOpener) &&
      (tok.pos === 'nrt' || tok.pos === 'nz' || beforeDot || foreignDespiteSurname(t, text, tok.start, tok.end) || beforeForeignWord(ctx, i)) &&
      isHanIn(text, tok.start, tok.end) &&
      !isForeignStemPlace(text, tok.start, tok.end)
    ) {
      const last = foreignName(ctx, t, i);
      if (last >= 0) {
        i = last;
        continue;
      }
    }
    const japanese = japaneseName(ctx, t, i);
    if (japanese >= 0) {
      i = japanese;
      continue;
    }
    // 邓小平理论, 马克思主义: the name inside the word.
    const attached = t.attached.findIn(text, tok.start + 1, tok.end);
    if (attached !== null) {
      const end = tok.end - attached[0].length;
      if ((chineseShape(t, text, tok.start, end) && end - tok.start >= 3) || isForeign(t, text, tok.start, end)) addPerson(ctx, tok.start, end, 'person.attached');
      continue;
    }
    const last = surnameAlone(ctx, t, i);
    if (last >= 0) {
      i = last;
      continue;
    }
    const end = chineseName(ctx, t, i);
    if (end >= 0) i = end;
  }
}

/** Tags of a one-character word that is no surname before a title: prepositions, verbs, pronouns... (向 主席, 任 总理). */
const NON_SURNAME_TAGS = new Set([...FUNCTION_WORD_TAGS, 'm', 'v']);

/** The word at `at` after which a surname alone names the person (先生, 主席), and the tags it needs in one word with the surname (or null); or null. */
function bareTitleAt(t: PersonTables, text: string, at: number): BareTitle | null {
  if (t.bareFirsts[text.charCodeAt(at)] !== 1) return null;
  for (const entry of t.bare.get(text.charCodeAt(at))!) if (text.startsWith(entry[0], at)) return entry;
  return null;
}

/** Is token i right before a word jieba tags a foreign name, all transliteration characters (金/nr 里奇/nrt)? */
function beforeForeignWord(ctx: NameContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return next !== undefined && next.start === ctx.tokens[i].end && next.pos === 'nrt' && isTransliteratedIn(ctx.text, next.start, next.end);
}

/** 吴先生, 刘某, 张 医生, 刘家: the surname alone names the person (the title stays out). Returns the last token used, or -1. */
function surnameAlone(ctx: NameContext, t: PersonTables, i: number): number {
  const { tokens, text } = ctx;
  const tok = tokens[i];
  const at = tok.start + 1;
  const first = text.charCodeAt(tok.start);
  if (t.single[first] === 0 || t.bareNonSurnames[first] === 1) return -1;
  const title = bareTitleAt(t, text, at);
  if (title === null) return -1;
  const [bare, tags] = title;
  // A unit before its own head (法学班 班长, 调节司 司长) is no surname.
  if (bare.charCodeAt(0) === first) return -1;
  const last = ctx.endsAt[at + bare.length];
  // In one word (吴先生; 刘家 only as a name), or a one-character surname word before the title (吴/nr 先生, 张/q 医生).
  const oneWord = last === i && (tags === null || tags.has(tok.pos));
  if (!oneWord && (tags !== null || tok.end !== at || NON_SURNAME_TAGS.has(tok.pos) || last !== i + 1)) return -1;
  addPerson(ctx, tok.start, at, 'person.surname-title');
  return last;
}

/** Tags of words that are no part of a name when jieba cuts them off: prepositions, conjunctions, pronouns, adverbs, particles. */
const FUNCTION_TAGS = new Set([...NON_SURNAME_TAGS, 'q']);
const LONGEST_GIVEN = 2;
/** Tags jieba takes from its dictionary for full Chinese names. */
const KNOWN_NAME_TAGS = new Set(['nr', 'nrfg']);

/** An evidence's weight, 0 when the table has none. */
function weight(w: Record<string, number>, f: string): number {
  return w[f] ?? 0;
}

/**
 * A surname and a one- or two-character given name from token i, ending on a token boundary,
 * weighed on its evidence (person-name-scores.tsv): how jieba cut and tagged it, how common its
 * characters are in names, titles and verbs of saying around it, a list of names (、).
 * Returns the last token used, or -1.
 */
function chineseName(ctx: NameContext, t: PersonTables, i: number): number {
  const { tokens, text } = ctx;
  const start = tokens[i].start;
  const s = surnameLength(t, text, start, Math.min(start + 2, text.length));
  // A title right after the surname is no given name (原主席: former chairman).
  if (s === 0 || bareTitleAt(t, text, start + s)?.[1] === null) return -1;
  const w = t.weights;
  // jieba's cut may split a name (郑/ns 全军/n; 李素/x 芝/ns): the surname alone, or with one
  // character as a word tagged a name, and words after it.
  const firstLength = tokens[i].end - start;
  // A surname word tagged as a function word (许/m 复活, 张/q 晓/nr 丽) weighs less.
  const splitKind = firstLength === s ? (FUNCTION_TAGS.has(tokens[i].pos) ? 'split-function-surname' : 'split-tokens') : firstLength === s + 1 ? (NAME_TAGS.has(tokens[i].pos) ? 'split-tokens' : 'split-other') : '';
  for (let g = LONGEST_GIVEN; g >= 1; g--) {
    const end = start + s + g;
    // jieba's HMM may glue a function character to a name it discovers (王晨作, 周涛的), or
    // to its last character cut off (张少/x 农等/x).
    const gluedAt = ctx.endsAt[end + 1];
    const glued = (gluedAt === i || gluedAt === i + 1) && tokens[gluedAt].pos === 'x' && tokens[gluedAt].start < end && t.glued[text.charCodeAt(end)] === 1;
    const last = glued ? gluedAt : end <= text.length ? ctx.endsAt[end] : -1;
    // ... and then the shorter name is the likelier reading.
    if (g === LONGEST_GIVEN && last === i && tokens[i].pos === 'x' && t.glued[text.charCodeAt(end - 1)] === 1) continue;
    // A three-character word jieba's dictionary knows as a name, or that its HMM found right
    // after a title, keeps characters that rarely stand in names (钱其琛, 侯仁之; 书记 黄有泉/x).
    const pos = tokens[i].pos;
    const known = last === i && g === 2 && (KNOWN_NAME_TAGS.has(pos) || (pos === 'x' && hasCueBefore(ctx, t, start)));
    if (last < i || !chineseShape(t, text, start, end, known)) continue;
    let score = 0;
    let rule: string;
    if (last === i) {
      rule = DISCOVERED_TAGS.has(pos) ? 'person.discovered' : NAME_TAGS.has(pos) ? 'person.tagged' : 'person.cue';
      score += weight(w, DISCOVERED_TAGS.has(pos) ? 'one-token-discovered' : NAME_TAGS.has(pos) ? 'one-token-name-tag' : 'one-token-other');
    } else {
      if (splitKind === '') continue;
      rule = 'person.surname-given';
      score += weight(w, splitKind);
      // jieba's HMM cut a name it found after the surname and one character and glued a function
      // character to its last (唐翔/x 千为/x): the cut is the name's, not a word's.
      if (glued && firstLength === s + 1 && pos === 'x') score += weight(w, 'discovered-glued-last');
      // A name word jieba found whole (张骞/nr, 刘诚/x) before a one-character verb, adverb or
      // function word (乘/v, 曾/d, 著/x): the character is the word after the name.
      if (firstLength === s + 1 && last === i + 1 && tokens[last].end - tokens[last].start === 1 && (PREDICATE_TAGS.has(tokens[last].pos) || t.glued[text.charCodeAt(end - 1)] === 1)) score += weight(w, 'split-predicate-last');
    }
    let chars = s === 1 ? t.surnameScore[text.charCodeAt(start)] : 0;
    for (let k = start + s; k < end; k++) chars += t.givenScore[text.charCodeAt(k)];
    score += weight(w, 'name-chars') * chars;
    // A two-character word jieba's HMM found (孙磊/x) is more often a name than one from its
    // dictionary (温馨/nr, 智慧/nr) or two words (杨/nr 影/vn).
    if (g === 1) score += weight(w, last === i && DISCOVERED_TAGS.has(pos) ? 'one-char-given-discovered' : 'one-char-given');
    if (s === 2) score += weight(w, 'compound-surname');
    if (t.finalExcluded[text.charCodeAt(end - 1)] === 1) score += weight(w, 'final-char-placelike');
    if (g === 1 && t.weakSurnames.has(text[start])) score += weight(w, 'weak-surname');
    if (ctx.pos(i - 1) === 'm') score += weight(w, 'after-number');
    if (isSubject(ctx, start, last)) score += weight(w, 'subject-position');
    if (hasCueBefore(ctx, t, start)) score += weight(w, 'cue-before');
    if (hasCueAfter(ctx, t, end)) score += weight(w, 'cue-after');
    if (text[start - 1] === '、' || text[end] === '、') score += weight(w, 'list-neighbour');
    if (text[start - 1] === '、' && endsInPerson(ctx, start - 1)) score += weight(w, 'list-person-neighbour');
    if (score >= weight(w, 'threshold')) {
      addPerson(ctx, start, end, rule);
      return last;
    }
  }
  return -1;
}

/** Tags of a word that is a Japanese surname and given name (桥本龙太郎/n, 池田大作/ns): any name or noun tag but an organisation's. */
const JAPANESE_NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'n', 'ns', 'nz', 'l', 'x']);
const LONGEST_JAPANESE_GIVEN = 3;

/**
 * 桥本龙太郎, 池田大作: a word that starts with a listed Japanese surname and goes on with a
 * given name of one to three characters, none excluded from given names; or the surname as a
 * word of its own next to a title or a verb of saying (桥本 首相, 桥本 说). Returns the last token used, or -1.
 */
function japaneseName(ctx: NameContext, t: PersonTables, i: number): number {
  const { text } = ctx;
  const { start, end, pos } = ctx.tokens[i];
  if (!t.japanese.mayMatchAt(text, start) || !isHanIn(text, start, end)) return -1;
  const surname = t.japanese.longestAcceptedAt(text, start, (e) => start + e.name.length <= end);
  if (surname === null) return -1;
  const given = end - start - surname.name.length;
  if (given === 0) {
    if (!hasCue(ctx, t, start, end) && bareTitleAt(t, text, end) === null) return -1;
  } else {
    if (given > LONGEST_JAPANESE_GIVEN || !JAPANESE_NAME_TAGS.has(pos) || t.finalExcluded[text.charCodeAt(end - 1)] === 1) return -1;
    for (let k = end - given; k < end; k++) if (t.excluded[text.charCodeAt(k)] === 1) return -1;
  }
  addPerson(ctx, start, end, 'person.japanese');
  return i;
}

/** Tags of a word after a sentence's subject: verbs, prepositions, adverbs (孙磊 获得, 陈静 在). */
const PREDICATE_TAGS = new Set(['v', 'p', 'd']);
const CLAUSE_OPENERS = unitSet('，。：；！？“');

/** Does the span from `start` to token `last` open a clause (after a stop or at the text's start) and precede a verb, preposition or adverb? */
function isSubject(ctx: NameContext, start: number, last: number): boolean {
  return (start === 0 || CLAUSE_OPENERS[ctx.text.charCodeAt(start - 1)] === 1) && PREDICATE_TAGS.has(ctx.pos(last + 1));
}

/** Does the last name found end at `at` and name a person (李菊、 before 王楠)? */
function endsInPerson(ctx: NameContext, at: number): boolean {
  const found = ctx.found[ctx.found.length - 1];
  return found !== undefined && found.end === at && found.label === 'PERSON';
}

/** Tags of a one-character word that ends a foreign name's last part even when it is a transliteration character (因/p, 于/p, 和/c). */
const TAIL_STOP_TAGS = new Set(['p', 'c', 'r', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'y']);

/**
 * How far token j carries on the last part of a dotted foreign name: to its end when it is
 * transliteration characters only (and not a one-character function word) or one character
 * jieba tags a name (卢/nr 蒲/nr), to the end of its
 * leading transliteration characters when only one glued function character follows them, or
 * its start.
 */
function dottedTail(ctx: NameContext, t: PersonTables, j: number): number {
  const { start, end, pos } = ctx.tokens[j];
  const { text } = ctx;
  if (end - start === 1 && TAIL_STOP_TAGS.has(pos)) return start;
  if (isTransliteratedIn(text, start, end) || (end - start === 1 && KNOWN_NAME_TAGS.has(pos))) return end;
  return end - start >= 2 && isTransliteratedIn(text, start, end - 1) && t.glued[text.charCodeAt(end - 1)] === 1 ? end - 1 : start;
}

/** The most characters after a one-character surname that may still be a Chinese given name (given names are one or two, rarely three). */
const LONGEST_NAME_AFTER_SURNAME = 3;

/** Is a transliterated word foreign whatever surname it starts with: none, or one character before more than a given name could be (谢尔盖耶夫)? */
function foreignDespiteSurname(t: PersonTables, text: string, start: number, end: number): boolean {
  const surname = surnameLength(t, text, start, end);
  return surname === 0 || (surname === 1 && end - start - surname > LONGEST_NAME_AFTER_SURNAME);
}

/** text[start, end) is three transliteration characters or more, not led by a surname (克林顿, 内塔尼亚胡). */
function isForeign(t: PersonTables, text: string, start: number, end: number): boolean {
  return end - start >= SHORTEST_FOREIGN && isTransliteratedIn(text, start, end) && surnameLength(t, text, start, end) === 0;
}

export const WORK_TITLE_OPEN = '《';
export const WORK_TITLE_CLOSE = '》';
/** How far back a work's title may open. */
const LONGEST_WORK_TITLE = 20;

/** Is offset `at` inside a 《title》 that opens shortly before it? */
function isInWorkTitle(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - LONGEST_WORK_TITLE; k--) {
    if (text.startsWith(WORK_TITLE_CLOSE, k)) return false;
    if (text.startsWith(WORK_TITLE_OPEN, k)) return true;
  }
  return false;
}

/** Is token j a part of a transliterated name: Han transliteration characters tagged a name or a place? */
function isForeignPart(ctx: NameContext, j: number): boolean {
  const { tokens } = ctx;
  return j < tokens.length && FOREIGN_PART_TAGS.has(tokens[j].pos) && isHanIn(ctx.text, tokens[j].start, tokens[j].end) && isTransliteratedIn(ctx.text, tokens[j].start, tokens[j].end);
}

/** After a name dot any short Han word is a part, even with characters of no transliteration (马克·吐温). */
function isPartAfterDot(ctx: NameContext, j: number): boolean {
  const tok = ctx.tokens[j];
  return tok !== undefined && isHanIn(ctx.text, tok.start, tok.end) && tok.end - tok.start <= LONGEST_FOREIGN_PART;
}

/** Is token j one transliteration character, no function word, that ends a name (阿列/ns 塔/j)? */
function isLastSyllable(ctx: NameContext, j: number): boolean {
  const { tokens, text } = ctx;
  return tokens[j].end - tokens[j].start === 1 && !CLITIC_TAGS.has(tokens[j].pos) && isTransliteratedIn(text, tokens[j].start, tokens[j].end) && !isTransliterationUnit(text.charCodeAt(tokens[j].end));
}

/**
 * A foreign name from token i: transliterated words, possibly joined by a name dot (埃隆·马斯克).
 * Returns the last token used, or -1 when there is none. A run that only jieba's place tags
 * support is a person only with a person cue (库马拉通加 总统).
 */
function foreignName(ctx: NameContext, t: PersonTables, i: number): number {
  const { tokens } = ctx;
  let last = i;
  let chars = tokens[i].end - tokens[i].start;
  let placeOnly = tokens[i].pos === 'ns';
  let dotted = NAME_DOTS[ctx.text.charCodeAt(tokens[i].start - 1)] === 1;
  let end = tokens[i].end;
  for (let j = i + 1; j < tokens.length && tokens[j].start === tokens[j - 1].end; j++) {
    if (tokens[j].end - tokens[j].start === 1 && NAME_DOTS[ctx.text.charCodeAt(tokens[j].start)] === 1) {
      if (!isPartAfterDot(ctx, j + 1) || tokens[j + 1].start !== tokens[j].end) break;
      j++;
      dotted = true;
    } else if (dotted && !isForeignPart(ctx, j)) {
      // After a name dot jieba cuts the last part into pieces of any tag (弗兰克/nr 林/ng, 马/n 涅/ng 埃/ns):
      // transliteration characters go on until a word that is not all of them, of which a
      // leading run before one glued function character still belongs (阿马/ns 特在/d).
      const tail = dottedTail(ctx, t, j);
      if (tail > tokens[j].start) {
        end = tail;
        last = j;
        chars += tail - tokens[j].start;
        placeOnly = false;
        if (tail === tokens[j].end) continue;
      }
      break;
    } else if (!isForeignPart(ctx, j)) {
      // jieba may cut the last syllable off as a word of another kind (阿列/ns 塔/j, 厄普/nrt 顿/q): it ends the name.
      if (j === last + 1 && chars >= 2 && isLastSyllable(ctx, j)) {
        last = j;
        end = tokens[j].end;
        chars += 1;
        placeOnly = false;
      }
      break;
    }
    last = j;
    end = tokens[j].end;
    chars += tokens[j].end - tokens[j].start;
    placeOnly &&= tokens[j].pos === 'ns';
  }
  const start = tokens[i].start;
  // Two characters are a name only as one word jieba tags a foreign name or found, after a title (总理 科尔),
  // not cut off a longer name (贝拉/米) and not in a work's title (《小学生科普报》).
  // A word jieba's dictionary tags a foreign name needs no title before it: a verb of saying
  // after it, or opening a clause before a verb, does (里德 说, 琼斯 重返).
  const twoCharCue = hasCueBefore(ctx, t, start) || (tokens[i].pos === 'nrt' && (hasCueAfter(ctx, t, end) || isSubject(ctx, start, i)));
  const twoChars =
    last === i && TWO_CHAR_FOREIGN_TAGS.has(tokens[i].pos) && !isTransliterationUnit(ctx.text.charCodeAt(end)) && twoCharCue && !isInWorkTitle(ctx.text, start);
  const shortest = twoChars ? SHORTEST_FOREIGN - 1 : SHORTEST_FOREIGN;
  if (chars < shortest || isListedPlace(ctx.text.slice(start, end))) return -1;
  if (placeOnly && !hasCue(ctx, t, start, end)) return -1;
  addPerson(ctx, start, end, last === i ? 'person.transliterated' : 'person.joined');
  return last;
}
