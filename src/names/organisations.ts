// Organisations: our list (with abbreviations such as 央行), words jieba tags nt, and a name
// head (a place, a tagged name, a Latin word) followed by words ending in an organisation
// suffix (北京儿童医院, 印尼女队).
import { Gazetteer } from '../gazetteer.js';
import type { Label } from '../doc.js';
import { readSet, readTsv } from '../resources.js';
import { NameContext, SuffixTable, isWordy, labelledNames } from './context.js';

interface OrgTables {
  listed: Gazetteer<Label>;
  suffixes: SuffixTable<boolean>;
  nonHeads: SuffixTable<true>;
}

let tables: OrgTables | null = null;

function load(): OrgTables {
  if (tables !== null) return tables;
  tables = {
    listed: new Gazetteer(labelledNames('names/organisations.tsv')),
    suffixes: new SuffixTable(readTsv('names/org-suffixes.tsv').map(([s, strength]) => [s, strength === 'strong'])),
    nonHeads: new SuffixTable([...readSet('names/org-non-heads.txt')].map((w) => [w, true as const])),
  };
  return tables;
}

/** Tags of words that can start a name: places, organisations, other proper nouns, persons, Latin, abbreviations, HMM words. */
const PROPER = new Set(['ns', 'nt', 'nz', 'nr', 'nrt', 'eng', 'j', 'x']);
/** Tags of words that can stand between a name head and its suffix (北京/儿童/医院, 第四/军医/大学). */
const INNER = new Set(['n', 'nz', 'ns', 'nt', 'nr', 'vn', 'b', 'j', 'x', 'eng', 'an', 'ng', 'm', 'l']);
const LONGEST_HEAD = 4;

/** Listed organisations, before the guessing rules of every family. */
export function findListedOrganisations(ctx: NameContext): void {
  const t = load();
  for (let i = 0; i < ctx.tokens.length; i++) {
    const listed = ctx.matchTokens(t.listed, i, (e) => e.name.length >= 3);
    const start = ctx.tokens[i].start;
    if (listed !== null) ctx.addListed(start, start + listed.name.length, listed.data, 'org.listed');
  }
}

/** Tagged organisations and suffix rules, with the names found so far as heads. */
export function findOrganisations(ctx: NameContext): void {
  const t = load();
  const { tokens } = ctx;
  const heads = new Set<number>();
  /** Where a name found so far ends, by its start: 中国 in the word 中国队. */
  const headEnds = new Map<number, number>();
  for (const c of ctx.found) {
    heads.add(c.start);
    headEnds.set(c.start, Math.max(headEnds.get(c.start) ?? 0, c.end));
  }
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const word = ctx.word(i);
    if (tok.pos === 'nt' && t.nonHeads.find(word, true) === null) {
      ctx.add(tok.start, tok.end, 'ORG', 'org.tagged');
      heads.add(tok.start);
    }
    const suffix = t.suffixes.find(word, false);
    if (suffix === null) continue;
    const [s, strong] = suffix;
    const ownWord = word === s;
    // A weak suffix (部, 队) ends a name only right after a name head: in the same word (中国队)
    // or as a word of its own (中国 女队).
    if (!strong && !ownWord) {
      if (headEnds.get(tok.start) === tok.end - s.length) ctx.add(tok.start, tok.end, 'ORG', 'org.suffix');
      continue;
    }
    let start = -1;
    for (let j = i - 1, n = 0; j >= 0 && n < LONGEST_HEAD; j--, n++) {
      if (tokens[j].end !== tokens[j + 1].start || !isWordy(ctx.word(j)) || (!INNER.has(tokens[j].pos) && !PROPER.has(tokens[j].pos))) break;
      if (PROPER.has(tokens[j].pos) || heads.has(tokens[j].start)) start = j;
      if (!strong) break;
    }
    if (start < 0 && strong && !ownWord && PROPER.has(tok.pos) && isWordy(word)) start = i;
    if (start >= 0) ctx.add(tokens[start].start, tok.end, 'ORG', 'org.suffix');
  }
}
