// Places: GPE for polities, LOC for other places. Listed names (China's divisions, countries,
// our world list), place words jieba tags ns with a place suffix, and one-character
// abbreviations in the contexts news uses them (中美关系, 访华).
import type { Label } from '../doc.js';
import { Gazetteer } from '../gazetteer.js';
import { readLines, readTsv } from '../resources.js';
import { NameContext, SuffixTable, isHan, labelledNames } from './context.js';

interface Place {
  label: Label;
  /** A county or district short form (和平, 东城): a name only where jieba also tags it a place. */
  weak: boolean;
}

interface PlaceTables {
  listed: Gazetteer<Place>;
  suffixes: SuffixTable<Label>;
  transliteration: Set<string>;
  abbreviations: Map<string, Label>;
  rejected: Set<string>;
  joined: RegExp;
  pair: RegExp;
  side: RegExp;
  afterVerb: RegExp;
}

let tables: PlaceTables | null = null;

const SHORTEST_PLACE_STEM = 2;

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
  const cue = (kind: string) => cues.filter((r) => r[0] === kind).map((r) => r[1]).sort((a, b) => b.length - a.length).join('|');
  const chars = [...abbreviations.keys()].join('');
  tables = {
    listed: new Gazetteer(entries),
    suffixes: new SuffixTable(readTsv('names/place-suffixes.tsv').map(([s, label]) => [s, label as Label])),
    transliteration: new Set(readLines('names/transliteration-chars.txt').join('')),
    abbreviations,
    rejected: new Set(readLines('names/place-rejections.txt')),
    joined: new RegExp(`[${chars}]{2,3}(?=${cue('after')})`, 'g'),
    pair: new RegExp(`[${chars}][\\u4e00-\\u9fff](?=${cue('pair')})`, 'g'),
    side: new RegExp(`[${chars}](?=${cue('side')})`, 'g'),
    afterVerb: new RegExp(`(?:${cue('before')})[${chars}]`, 'g'),
  };
  return tables;
}

/** Is the word exactly a polity suffix (市, 高新区)? */
function isGpeSuffix(t: PlaceTables, word: string): boolean {
  const s = t.suffixes.find(word, false);
  return s !== null && s[0] === word && s[1] === 'GPE';
}

/** Is the text a listed place (not a short form)? Other rule families defer to places. */
export function isListedPlace(text: string): boolean {
  const e = load().listed.matchAt(text, 0);
  return e !== null && e.name.length === text.length;
}

export function isTransliterated(word: string): boolean {
  const t = load().transliteration;
  for (const c of word) if (!t.has(c)) return false;
  return true;
}

/** Listed places and one-character abbreviations. */
export function findListedPlaces(ctx: NameContext): void {
  const t = load();
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const e = ctx.matchTokens(t.listed, i, (x) => !x.data.weak);
    if (e !== null && (!e.data.weak || tok.pos === 'ns') && !t.rejected.has(e.name)) {
      let end = tok.start + e.name.length;
      let rule = 'place.listed';
      // 苏州 + 高新区, 北京 + 市: a listed place with its administrative suffix, in the same word
      // or as the next word.
      const rest = text.slice(end, tok.end);
      if (rest !== '' && isGpeSuffix(t, rest)) {
        end = tok.end;
        rule = 'place.listed-suffix';
      }
      const next = ctx.startsAt[end];
      if (next >= 0 && isGpeSuffix(t, ctx.word(next))) {
        end = tokens[next].end;
        rule = 'place.listed-suffix';
      }
      ctx.addListed(tok.start, end, rule === 'place.listed' ? e.data.label : 'GPE', rule);
    }
  }
  findAbbreviations(ctx, t, text);
}

/** Words jieba tags as places, where a suffix or transliteration supports them; after persons, which take 库马拉通加 总统. */
export function findPlaceWords(ctx: NameContext): void {
  const t = load();
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.pos !== 'ns' || ctx.isCovered(tok.start, tok.end)) continue;
    const word = ctx.word(i);
    if (t.rejected.has(word) || !isHan(word)) continue;
    const s = t.suffixes.find(word, true);
    // A single character before the suffix makes an ordinary word more often than a name (深海,
    // 山区, 高原); listed places (渤海) were found before.
    if (s !== null && word.length - s[0].length >= SHORTEST_PLACE_STEM) ctx.add(tok.start, tok.end, s[1], 'place.suffix');
    else if (word.length >= 3 && isTransliterated(word)) ctx.add(tok.start, tok.end, 'GPE', 'place.transliterated');
  }
}

function findAbbreviations(ctx: NameContext, t: PlaceTables, text: string): void {
  for (const [pattern, rule] of [[t.joined, 'place.abbreviation-joined'], [t.pair, 'place.abbreviation-pair']] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      for (let k = 0; k < m[0].length; k++) ctx.add(m.index + k, m.index + k + 1, t.abbreviations.get(m[0][k]) ?? 'GPE', rule);
    }
  }
  t.side.lastIndex = 0;
  for (let m = t.side.exec(text); m !== null; m = t.side.exec(text)) {
    const i = ctx.startsAt[m.index];
    if (i < 0 || ctx.tokens[i].end !== m.index + 2) continue;
    ctx.add(m.index, m.index + 1, t.abbreviations.get(m[0])!, 'place.abbreviation-side');
  }
  t.afterVerb.lastIndex = 0;
  for (let m = t.afterVerb.exec(text); m !== null; m = t.afterVerb.exec(text)) {
    // 访华, 在京举行: the abbreviation sits inside the verb's word, or is a word of its own;
    // it does not start a longer word (在日常, 在中央).
    const at = m.index + m[0].length - 1;
    t.afterVerb.lastIndex = at;
    const i = ctx.startsAt[at];
    if (i >= 0 && ctx.tokens[i].end > at + 1) continue;
    ctx.add(at, at + 1, t.abbreviations.get(text[at])!, 'place.abbreviation-verb');
  }
}
