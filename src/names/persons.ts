// Persons: Chinese names (a listed surname and a one- or two-character given name) where jieba
// or a context cue supports them, and transliterated foreign names (克林顿, 埃隆·马斯克).
import { Gazetteer } from '../gazetteer.js';
import { readLines, readSet, readTsv } from '../resources.js';
import { NameContext, SuffixTable, isHan } from './context.js';
import { isListedPlace, isTransliterated } from './places.js';

interface PersonTables {
  single: Set<string>;
  compound: Set<string>;
  excluded: Set<string>;
  finalExcluded: Set<string>;
  weakSurnames: Set<string>;
  rejected: Set<string>;
  before: Set<string>;
  after: Gazetteer<true>;
  attached: SuffixTable<true>;
}

let tables: PersonTables | null = null;

function load(): PersonTables {
  if (tables !== null) return tables;
  const surnames = readLines('names/surnames.txt');
  const cues = readTsv('names/person-cues.tsv');
  tables = {
    single: new Set(surnames.filter((s) => s.length === 1)),
    compound: new Set(surnames.filter((s) => s.length === 2)),
    excluded: new Set(readLines('names/person-given-excluded.txt').join('')),
    finalExcluded: new Set(readLines('names/person-final-excluded.txt').join('')),
    weakSurnames: readSet('names/person-weak-surnames.txt'),
    rejected: readSet('names/person-rejections.txt'),
    before: new Set(cues.filter((r) => r[1] === 'before').map((r) => r[0])),
    after: new Gazetteer(cues.filter((r) => r[1] === 'after').map((r) => ({ name: r[0], data: true as const }))),
    attached: new SuffixTable(readLines('names/person-attached.txt').map((w) => [w, true as const])),
  };
  return tables;
}

/** Tags jieba gives to person names (nr, nrt foreign, nrfg) and to words its HMM discovered (x). */
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'x']);
/** Tags of words that jieba's HMM found (x) or that its dictionary knows as full names (nrfg): names even at two characters. */
const DISCOVERED_TAGS = new Set(['nrfg', 'x']);
/** Tags the parts of a transliterated name come with, split by jieba (纳西尔/nr 别克/nr, 埃尔南德斯/ns). */
const FOREIGN_PART_TAGS = new Set(['nr', 'nrt', 'nrfg', 'x', 'ns', 'nz']);
const SHORTEST_FOREIGN = 3;
const LONGEST_BEFORE_CUE = 4;
const NAME_DOT = /[·•・]/;

/** Length of the surname at the start of `word` (2 for 欧阳), or 0. */
function surnameLength(t: PersonTables, word: string): number {
  if (t.compound.has(word.slice(0, 2))) return 2;
  return t.single.has(word[0]) ? 1 : 0;
}

/** A surname and a one- or two-character given name, none of whose characters is excluded. */
function chineseShape(t: PersonTables, word: string): boolean {
  if (!isHan(word) || t.rejected.has(word)) return false;
  const s = surnameLength(t, word);
  const given = word.length - s;
  if (s === 0 || given < 1 || given > 2) return false;
  for (let k = s; k < word.length; k++) if (t.excluded.has(word[k])) return false;
  return !t.finalExcluded.has(word[word.length - 1]);
}

/** Is the word a title written before a name (院长, 书记)? Organisation bodies stop there. */
export function isTitle(word: string): boolean {
  return load().before.has(word);
}

function hasCue(ctx: NameContext, t: PersonTables, start: number, end: number): boolean {
  if (t.after.matchAt(ctx.text, end) !== null) return true;
  for (let k = 1; k <= LONGEST_BEFORE_CUE && k <= start; k++) if (t.before.has(ctx.text.slice(start - k, start))) return true;
  return false;
}

export function findPersons(ctx: NameContext): void {
  const t = load();
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (ctx.isListed(tok.start, tok.end)) continue;
    let word = ctx.word(i);
    const tagged = NAME_TAGS.has(tok.pos);
    if (FOREIGN_PART_TAGS.has(tok.pos) && (tok.pos === 'nrt' || surnameLength(t, word) === 0) && isHan(word) && isTransliterated(word)) {
      const last = foreignName(ctx, t, i);
      if (last >= 0) {
        i = last;
        continue;
      }
    }
    // 邓小平理论, 马克思主义: the name inside the word.
    const attached = t.attached.find(word, true);
    if (attached !== null) {
      word = word.slice(0, -attached[0].length);
      if ((chineseShape(t, word) && word.length >= 3) || isForeign(t, word)) ctx.add(tok.start, tok.start + word.length, 'PERSON', 'person.attached');
      continue;
    }
    if (chineseShape(t, word)) {
      // A tagged surname and two characters stands on its own; anything shorter or untagged
      // needs a cue too (文明, 高昂 are words).
      const given = word.length - surnameLength(t, word);
      if (tagged && given === 2) ctx.add(tok.start, tok.end, 'PERSON', 'person.tagged');
      else if (DISCOVERED_TAGS.has(tok.pos) && !t.weakSurnames.has(word[0]) && ctx.pos(i - 1) !== 'm') {
        ctx.add(tok.start, tok.end, 'PERSON', 'person.discovered');
      }
      else if ((tagged || given === 2) && hasCue(ctx, t, tok.start, tok.end)) ctx.add(tok.start, tok.end, 'PERSON', 'person.cue');
      continue;
    }
    // 王/nr 宋大/x: a surname word followed by a given-name word.
    const s = surnameLength(t, word);
    if (s === word.length && i + 1 < tokens.length && tokens[i + 1].start === tok.end) {
      const given = ctx.word(i + 1);
      const full = word + given;
      if (given.length <= 2 && chineseShape(t, full) && (NAME_TAGS.has(tokens[i + 1].pos) || hasCue(ctx, t, tok.start, tokens[i + 1].end))) {
        ctx.add(tok.start, tokens[i + 1].end, 'PERSON', 'person.surname-given');
        i++;
      }
    }
  }
}

/** Three transliteration characters or more, not led by a surname (克林顿, 内塔尼亚胡). */
function isForeign(t: PersonTables, word: string): boolean {
  return word.length >= SHORTEST_FOREIGN && isTransliterated(word) && surnameLength(t, word) === 0;
}

/**
 * A foreign name from token i: transliterated words, possibly joined by a name dot (埃隆·马斯克).
 * Returns the last token used, or -1 when there is none. A run that only jieba's place tags
 * support is a person only with a person cue (库马拉通加 总统).
 */
function foreignName(ctx: NameContext, t: PersonTables, i: number): number {
  const { tokens } = ctx;
  const part = (j: number) => j < tokens.length && FOREIGN_PART_TAGS.has(tokens[j].pos) && isHan(ctx.word(j)) && isTransliterated(ctx.word(j));
  let last = i;
  let chars = ctx.word(i).length;
  let placeOnly = tokens[i].pos === 'ns';
  for (let j = i + 1; j < tokens.length && tokens[j].start === tokens[j - 1].end; j++) {
    if (NAME_DOT.test(ctx.word(j)) && ctx.word(j).length === 1) {
      if (!part(j + 1) || tokens[j + 1].start !== tokens[j].end) break;
      j++;
    } else if (!part(j)) break;
    last = j;
    chars += ctx.word(j).length;
    placeOnly &&= tokens[j].pos === 'ns';
  }
  const start = tokens[i].start;
  const end = tokens[last].end;
  if (chars < SHORTEST_FOREIGN || isListedPlace(ctx.text.slice(start, end))) return -1;
  if (placeOnly && !hasCue(ctx, t, start, end)) return -1;
  ctx.add(start, end, 'PERSON', last === i ? 'person.transliterated' : 'person.joined');
  return last;
}
