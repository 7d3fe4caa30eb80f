// Organisations: our list (with abbreviations such as 央行), words jieba tags nt, and a name
// head (a place, a tagged name, a Latin word) followed by words ending in an organisation
// suffix (北京儿童医院, 印尼女队).
import { Gazetteer, type GazetteerEntry } from '../gazetteer.js';
import type { Candidate, Label } from '../doc.js';
import { readSet, readTsv } from '../resources.js';
import { listLinks } from './coordination.js';
import { NameContext, SuffixTable, isHanIn, isWordyIn, labelledNames, unitSet } from './context.js';
import { isRejectedPlaceWord, isTransliteratedIn } from './places.js';
import { WORK_TITLE_CLOSE, WORK_TITLE_OPEN, givenExcludedChars, isTitle, mayEndTitle, titleLength } from './persons.js';

interface OrgTables {
  listed: Gazetteer<Label>;
  suffixes: SuffixTable<boolean>;
  tradeSuffixes: Set<string>;
  venueSuffixes: SuffixTable<true>;
  unitSuffixes: SuffixTable<true>;
  nonHeads: SuffixTable<true>;
  headWords: Set<string>;
  nonStarts: Set<string>;
  sportsCues: Set<string>;
  teamGeneric: SuffixTable<true>;
  pressAfter: Set<string>;
  pressTitleEnds: SuffixTable<true>;
  matchBefore: Set<string>;
  playersAfter: Set<string>;
  stationWords: Set<string>;
  versusLinks: Set<string>;
  nonNameChars: Uint8Array;
}

let tables: OrgTables | null = null;

function load(): OrgTables {
  if (tables !== null) return tables;
  const press = readTsv('names/press-words.tsv');
  const frame = readTsv('names/team-frame.tsv');
  const suffixRows = readTsv('names/org-suffixes.tsv');
  tables = {
    listed: new Gazetteer(labelledNames('names/organisations.tsv')),
    suffixes: new SuffixTable(suffixRows.map(([s, strength]) => [s, strength === 'strong'])),
    tradeSuffixes: new Set(suffixRows.filter(([, strength]) => strength === 'trade').map(([s]) => s)),
    venueSuffixes: new SuffixTable(suffixRows.filter(([, , label]) => label === 'LOC').map(([s]) => [s, true as const])),
    unitSuffixes: new SuffixTable([...readSet('names/org-unit-suffixes.txt')].map((w) => [w, true as const])),
    nonHeads: new SuffixTable([...readSet('names/org-non-heads.txt')].map((w) => [w, true as const])),
    headWords: readSet('names/org-head-words.txt'),
    nonStarts: readSet('names/org-non-starts.txt'),
    sportsCues: readSet('names/sports-cues.txt'),
    teamGeneric: new SuffixTable([...readSet('names/team-generic.txt')].map((w) => [w, true as const])),
    pressAfter: new Set(press.filter(([, where]) => where === 'after').map(([w]) => w)),
    pressTitleEnds: new SuffixTable(press.filter(([, where]) => where === 'title-end').map(([w]) => [w, true as const])),
    matchBefore: new Set(frame.filter(([, side]) => side === 'before').map(([w]) => w)),
    playersAfter: new Set(frame.filter(([, side]) => side === 'after').map(([w]) => w)),
    stationWords: readSet('names/org-station-words.txt'),
    versusLinks: new Set(frame.filter(([, side]) => side === 'versus').map(([w]) => w)),
    // The characters no given name holds serve here too: a brand's name holds none either.
    nonNameChars: givenExcludedChars(),
  };
  return tables;
}

/** Tags of words that can start a name: places, organisations, other proper nouns, persons, Latin, abbreviations, HMM words. */
const PROPER = new Set(['ns', 'nt', 'nz', 'nr', 'nrt', 'eng', 'j', 'x']);
/** Tags of a weak suffix as a word of its own that ends a name: nouns, abbreviations, new words (部/n, 委/j), not 所/c nor 组织/v. */
const SUFFIX_WORD_TAGS = new Set(['n', 'nt', 'nz', 'ng', 'j', 'x', 'zg', 'q']);
/** Tags of words that can stand between a name head and its suffix (北京/儿童/医院, 第四/军医/大学). */
const INNER = new Set(['n', 'nz', 'ns', 'nt', 'nr', 'vn', 'b', 'j', 'x', 'eng', 'an', 'ng', 'm', 'l']);
const LONGEST_BODY = 5;
/** Words that join two nouns inside a body's name (国家食物与营养咨询委员会). */
const BODY_CONJUNCTIONS = new Set(['与', '和', '及']);
/** Tags of the plain nouns such a conjunction joins. */
const JOINED_NOUN_TAGS = new Set(['n', 'vn', 'nz', 'an']);
/** The tag of a verb that may stand inside a body's name (管理, 留学), not right before its suffix. */
const BODY_VERB = 'v';
/** How long a word jieba tags as a name may be to head a weak suffix unfound (百川 智能, 海尔 电器). */
const LONGEST_BRAND = 3;
/** Tags jieba gives persons' names, and verbs it misreads as names (谢谢/nr, 荣获/nr). */
const PERSON_TAGS = new Set(['nr', 'nrt']);
/** The same, and new words its HMM glues from a verb and a particle (逼平/x): no name before a place. */
const MISREAD_TAGS = new Set([...PERSON_TAGS, 'x']);
/** A numeral (digits or Chinese) followed by one of DATE_UNITS is a date, which no name's body crosses (北京12月31日讯 新华社). */
const NUMERAL = unitSet('0123456789０１２３４５６７８９〇零一二三四五六七八九十廿卅两');
const DATE_UNITS = unitSet('年月日');

const ORDINAL_PREFIX = '第';

/**
 * Is text[start, end) a unit's number, no count of things: numerals, perhaps after 第, perhaps
 * before a unit's suffix (十四, 第二, 三处), or a session (首届)?
 */
function isUnitNumber(t: OrgTables, text: string, start: number, end: number): boolean {
  if (SESSION.test(text.slice(start, end))) return true;
  let k = text.startsWith(ORDINAL_PREFIX, start) ? start + ORDINAL_PREFIX.length : start;
  const from = k;
  while (k < end && NUMERAL[text.charCodeAt(k)] === 1) k++;
  if (k === from) return false;
  return k === end || t.unitSuffixes.findIn(text, k, end)?.[0].length === end - k || t.suffixes.findIn(text, k, end)?.[0].length === end - k;
}

/** Does text[start, end) hold a date's numeral and unit (1998年, 31日讯), the numeral perhaps in the word before? */
function holdsDate(text: string, start: number, end: number): boolean {
  for (let k = Math.max(start, 1); k < end; k++) {
    if (DATE_UNITS[text.charCodeAt(k)] === 1 && NUMERAL[text.charCodeAt(k - 1)] === 1) return true;
  }
  return false;
}
/**
 * Is text[start, end) a word jieba's HMM found (劳拉/x, 金田/x) that may be a name: two or more
 * Han characters, none a function, number or unit character (这是/x, 据市/x, 一是/x are
 * glued words). x also tags punctuation.
 */
function isNewName(t: OrgTables, text: string, start: number, end: number): boolean {
  if (end - start < 2 || !isHanIn(text, start, end)) return false;
  for (let k = start; k < end; k++) if (t.nonNameChars[text.charCodeAt(k)] === 1) return false;
  return true;
}

/** What makes the head of a body its title (局 + 长, 部 + 长). */
const HEAD_TITLE = '长';

/**
 * A title after the name in one word (县委书记, 公司总裁; 公安局长, where 长 makes 局 a title): its
 * length, when the word before it ends in an organisation suffix; else 0.
 */
function titleCut(t: OrgTables, text: string, start: number, end: number): number {
  const title = titleLength(text, start, end);
  if (title > 0 && title < end - start && t.suffixes.findIn(text, start, end - title) !== null) return title;
  // The word before 长 must be more than its one suffix character: 局长 alone after 气象局 is a title.
  const head = text.endsWith(HEAD_TITLE, end) ? HEAD_TITLE.length : 0;
  if (head > 0 && head < end - start - 1 && t.suffixes.findIn(text, start, end - head) !== null) return head;
  return 0;
}

/**
 * 委内瑞拉 能矿 部长, 几内亚 计划合作 部长: a head's title word made of an office's suffix and 长
 * closes the office's name when words naming its line of work, led by a place, stand before it;
 * the office is the place to the suffix. 外交部 部长 (an office before) and 中国 部长 (a place
 * alone) keep 部长 a title. Was the office added?
 */
function officeBeforeTitle(ctx: NameContext, t: OrgTables, i: number, isPlace: (j: number) => boolean, isHead: (j: number) => boolean): boolean {
  const { tokens, text } = ctx;
  const tok = tokens[i];
  if (tok.end - tok.start !== 2 || !text.endsWith(HEAD_TITLE, tok.end) || t.suffixes.findIn(text, tok.start, tok.end - 1) === null) return false;
  const before = i - 1;
  if (before < 1 || tokens[before].end !== tok.start || isPlace(before) || !INNER.has(tokens[before].pos) || t.suffixes.findIn(text, tokens[before].start, tokens[before].end) !== null) return false;
  for (let j = before - 1, n = 1; j >= 0 && n < LONGEST_BODY; j--, n++) {
    if (tokens[j].end !== tokens[j + 1].start) return false;
    if (isPlace(j) && isHead(j)) {
      ctx.add(tokens[j].start, tok.end - 1, 'ORG', 'org.office-title');
      return true;
    }
    if (!INNER.has(tokens[j].pos) || isTitle(ctx.word(j))) return false;
  }
  return false;
}

const TEAM = '队';
/** How many words on either side of a team's word may hold its sports cue. */
const SPORTS_WINDOW = 20;
const SENTENCE_END = /[。！？!?]/;

/** Is a sports cue (战胜, 联赛) among the words around token i, within its sentence? */
function inSportsFrame(t: OrgTables, ctx: NameContext, i: number): boolean {
  const { tokens } = ctx;
  for (let j = i - 1; j >= 0 && j >= i - SPORTS_WINDOW; j--) {
    const w = ctx.word(j);
    if (SENTENCE_END.test(w)) break;
    if (t.sportsCues.has(w)) return true;
  }
  for (let j = i + 1; j < tokens.length && j <= i + SPORTS_WINDOW; j++) {
    const w = ctx.word(j);
    if (SENTENCE_END.test(w)) break;
    if (t.sportsCues.has(w)) return true;
  }
  return false;
}

/**
 * Where a team with no place head starts, in a sports frame: a word of three or more characters
 * ending in 队 (公牛队), or a word of two or more before the word 队 (海牛 队), that names no kind
 * of team (消防队, 足球 队); -1 if none.
 */
function teamStart(t: OrgTables, ctx: NameContext, i: number): number {
  const { text, tokens } = ctx;
  const tok = tokens[i];
  if (!text.endsWith(TEAM, tok.end)) return -1;
  let start = i;
  if (tok.end - tok.start === TEAM.length) {
    start = i - 1;
    if (start < 0 || tokens[start].end !== tok.start || tokens[start].end - tokens[start].start < 2) return -1;
  } else if (tok.end - tok.start < 3) return -1;
  const from = tokens[start].start;
  if (!isHanIn(text, from, tok.end) || t.teamGeneric.findIn(text, from, tok.end) !== null) return -1;
  return inSportsFrame(t, ctx, i) ? start : -1;
}

/** How many words a 《title》 may hold. */
const LONGEST_TITLE = 12;

/**
 * A 《title》 names its press body (ORG) with a press word after it (《阳光》杂志), or with a place
 * before a title ending in a press word (香港《大公报》); the place belongs to the name.
 */
function findPressTitles(t: OrgTables, ctx: NameContext, isPlace: (j: number) => boolean): void {
  const { text, tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].end - tokens[i].start !== 1 || !text.startsWith(WORK_TITLE_OPEN, tokens[i].start)) continue;
    let close = -1;
    for (let k = i + 1; k < tokens.length && k <= i + LONGEST_TITLE; k++) {
      if (text.startsWith(WORK_TITLE_OPEN, tokens[k].start)) break;
      if (tokens[k].end - tokens[k].start === 1 && text.startsWith(WORK_TITLE_CLOSE, tokens[k].start)) {
        close = k;
        break;
      }
    }
    if (close < i + 2) continue;
    const place = i > 0 && tokens[i - 1].end === tokens[i].start && isPlace(i - 1);
    const after = close + 1 < tokens.length && tokens[close + 1].start === tokens[close].end && t.pressAfter.has(ctx.word(close + 1));
    const pressTitle = place && t.pressTitleEnds.findIn(text, tokens[i + 1].start, tokens[close].start) !== null;
    if (!after && !pressTitle) {
      // A title ending in a press word alone names its paper, without the marks (《北方日报》).
      if (t.pressTitleEnds.findIn(text, tokens[i + 1].start, tokens[close].start) !== null && isHanIn(text, tokens[i + 1].start, tokens[close].start)) {
        ctx.add(tokens[i + 1].start, tokens[close].start, 'ORG', 'org.press-title');
      }
      continue;
    }
    ctx.add(tokens[place ? i - 1 : i].start, tokens[after ? close + 1 : close].end, 'ORG', 'org.press-title');
    i = close;
  }
}

const ASPECT = '了';

/**
 * A place that is one word, right after a match verb (击败 巴西) or before its players (中国 选手),
 * is a team; so is one listed with a team (意大利、巴西队), or set against one in a sports frame
 * (山东 对 江苏队).
 */
function findPlaceTeams(t: OrgTables, ctx: NameContext): void {
  const { startsAt, endsAt, tokens, text } = ctx;
  /** One-word places by token index, and the teams found so far (a name ending in 队, or a place made a team) by their first and last token. */
  const places = new Map<number, Candidate>();
  const teamFirst = new Set<number>();
  const teamLast = new Set<number>();
  const markTeam = (c: Candidate, i: number) => {
    // The word 队 after the place is the team's (苏格兰 队).
    if (i + 1 < tokens.length && tokens[i + 1].start === c.end && ctx.word(i + 1) === TEAM) c.end = tokens[i + 1].end;
    c.label = 'ORG';
    c.rule = 'org.place-team';
    teamFirst.add(i);
    teamLast.add(i);
  };
  for (const c of ctx.found) {
    if (c.label === 'ORG' && text.endsWith(TEAM, c.end) && startsAt[c.start] >= 0 && endsAt[c.end] >= 0) {
      teamFirst.add(startsAt[c.start]);
      teamLast.add(endsAt[c.end]);
    }
    if (c.label !== 'GPE') continue;
    const i = startsAt[c.start];
    if (i < 0 || endsAt[c.end] !== i) continue;
    places.set(i, c);
    // The verb may carry its aspect particle (击败 了 巴西).
    const verb = i > 0 && ctx.word(i - 1) === ASPECT ? i - 2 : i - 1;
    if ((verb >= 0 && t.matchBefore.has(ctx.word(verb))) || (i + 1 < tokens.length && t.playersAfter.has(ctx.word(i + 1)))) markTeam(c, i);
  }
  if (teamFirst.size === 0) return;
  /** Is token k a link between two teams: a list's (、, 和), or 对 in a sports frame? */
  const isLink = (k: number) => k >= 0 && k < tokens.length && (listLinks().teams.has(ctx.word(k)) || (t.versusLinks.has(ctx.word(k)) && inSportsFrame(t, ctx, k)));
  // Right to left, then left to right, so that a team passes along a list (美国、俄罗斯、立陶宛队).
  const order = [...places.keys()].sort((a, b) => b - a);
  for (const sweep of [order, [...order].reverse()]) {
    for (const i of sweep) {
      const c = places.get(i)!;
      if (c.label !== 'GPE') continue;
      if ((isLink(i + 1) && teamFirst.has(i + 2)) || (isLink(i - 1) && teamLast.has(i - 2))) markTeam(c, i);
    }
  }
}

/** Listed organisations, before the guessing rules of every family. */
export function findListedOrganisations(ctx: NameContext): void {
  const t = load();
  const { tokens, text } = ctx;
  // Inside a longer word only when long enough to be no other word's start (劳动部门 is no 劳动部),
  // or before a title (地委书记).
  const inside = (e: GazetteerEntry<Label>, i: number) => e.name.length >= 4 || titleLength(text, tokens[i].start + e.name.length, tokens[i].end) > 0;
  for (let i = 0; i < tokens.length; i++) {
    const listed = ctx.matchTokens(t.listed, i, inside);
    if (listed !== null) ctx.addListed(tokens[i].start, tokens[i].start + listed.name.length, listed.data, 'org.listed');
  }
}

/** Tagged organisations and suffix rules, with the names found so far as heads. */
export function findOrganisations(ctx: NameContext): void {
  const t = load();
  const { tokens } = ctx;
  /** What a name found so far is, by its start (a token start unless it sits inside a word). */
  const heads = new Map<number, Label>();
  /** Where a name found so far ends, by its start: 中国 in the word 中国队. */
  const headEnds = new Map<number, number>();
  for (const c of ctx.found) {
    heads.set(c.start, c.label);
    headEnds.set(c.start, Math.max(headEnds.get(c.start) ?? 0, c.end));
  }
  const isPlace = (j: number) => {
    const label = heads.get(tokens[j].start);
    return label === 'GPE' || label === 'LOC';
  };
  /** A word that may start an organisation's name: a name but no person, a tagged proper noun, or a head word (国家, 市). */
  const isHead = (j: number) => {
    const label = heads.get(tokens[j].start);
    if (label !== undefined) return label !== 'PERSON';
    const { pos, start, end } = tokens[j];
    // A word jieba tags a place that is an ordinary word (上半场/ns) heads nothing.
    return (PROPER.has(pos) && (pos !== 'x' || isNewName(t, text, start, end)) && !(pos === 'ns' && isRejectedPlaceWord(ctx.word(j)))) || t.headWords.has(ctx.word(j));
  };
  const { text } = ctx;
  /** A head word before a weak suffix's word: a name found so far, or a short word (百川 智能), not a phrase jieba tags as a name (大力发展/nz 高科技). */
  const isBrandHead = (j: number) =>
    heads.has(tokens[j].start) || tokens[j].end - tokens[j].start <= LONGEST_BRAND || isTransliteratedIn(text, tokens[j].start, tokens[j].end);
  /** Does token j end a name found so far that ends in no suffix (欧佩克)? */
  const endsBareName = (j: number) => {
    if (j < 0 || tokens[j].end !== tokens[j + 1].start) return false;
    const from = tokens[j].start;
    return headEnds.get(from) === tokens[j].end && heads.get(from) !== 'PERSON' && t.suffixes.findIn(text, from, tokens[j].end) === null;
  };
  /**
   * Are the words on both sides of token j plain nouns of one body's name (食物 与 营养), not names
   * found so far nor bodies of their own (北京大学 和 清华大学, 中国 和 美国 are lists)?
   */
  const nounsJoined = (j: number) =>
    j > 0 &&
    [j - 1, j + 1].every(
      (k) => tokens[k].end - tokens[k].start >= 2 && JOINED_NOUN_TAGS.has(tokens[k].pos) && !heads.has(tokens[k].start) && t.suffixes.findIn(text, tokens[k].start, tokens[k].end) === null,
    ) &&
    tokens[j - 1].end === tokens[j].start;
  /** A body's name; one ending in a venue's suffix (博物馆, 体育馆) names the building, a place. */
  const addBody = (start: number, end: number, rule: string) => {
    const venue = t.venueSuffixes.findIn(text, start, end) !== null;
    ctx.add(start, end, venue ? 'LOC' : 'ORG', venue ? 'place.venue' : rule);
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    // jieba's nt counts only with an organisation suffix in the word: its nt 音乐会, 国际化 name no body.
    // A word that is a strong suffix and nothing more (联合会/nt, 交易所/nt) names a kind of body,
    // not one; a weak one names a team or a body's short form (国家队/nt).
    const tagSuffix = tok.pos === 'nt' ? t.suffixes.findIn(text, tok.start, tok.end) : null;
    const tagged = tagSuffix !== null && (tagSuffix[0].length < tok.end - tok.start || !tagSuffix[1]) && t.nonHeads.findIn(text, tok.start + 1, tok.end) === null;
    // Most words end in a character that ends no suffix and no title: they close no organisation.
    const lastUnit = text.charCodeAt(tok.end - 1);
    if (!tagged && !t.suffixes.mayEndWith(lastUnit) && !mayEndTitle(lastUnit) && lastUnit !== HEAD_TITLE.charCodeAt(HEAD_TITLE.length - 1)) continue;
    if (officeBeforeTitle(ctx, t, i, isPlace, isHead)) continue;
    // A title closing the word goes first, even one ending in a suffix's character (省委 常委).
    const end = tok.end - titleCut(t, text, tok.start, tok.end);
    const suffix = t.suffixes.findIn(text, tok.start, end);
    if ((!tagged && suffix === null) || t.nonHeads.findIn(text, tok.start, end) !== null) continue;
    const [s, listedStrong] = suffix ?? ['', true];
    // A suffix's own word used as a function word or a verb ends no name (民间组织 所/c 从事, 人大 组织/v 的).
    // As a verb it still ends a name with no suffix of its own (欧佩克 组织/v).
    if (s.length === end - tok.start && !listedStrong && !SUFFIX_WORD_TAGS.has(tok.pos) && !(tok.pos === 'v' && endsBareName(i - 1))) continue;
    const length = end - tok.start;
    // A one-character weak suffix closing a longer word is that word's head noun (警察局, 处理厂).
    const strong = listedStrong || (s.length === 1 && length >= 3);
    const ownWord = length === s.length;
    // An office and its head's title in one word (外交部长, 公安局长) names the office.
    const officeTitle = end < tok.end && strong && end - tok.start >= 3;
    // A word jieba tags a person's name that ends in a weak suffix is a phrase it did not know
    // (从严治党/nr), unless a name was found at its start; a strong one names a body (李嘉诚基金会/nr).
    const selfHead = isHead(i) && (listedStrong || !PERSON_TAGS.has(tok.pos) || heads.has(tok.start));
    let start = tagged || officeTitle || (strong && !ownWord && selfHead) ? i : -1;
    if (!strong && !ownWord && !tagged) {
      // A weak suffix (部, 队) ends a name only right after a name head: in the same word (中国队),
      // or as the word before a longer word (省委 老干部局).
      if (headEnds.get(tok.start) === end - s.length) start = i;
      else if (length >= 3 && i > 0 && tokens[i - 1].end === tok.start && isHead(i - 1) && isBrandHead(i - 1)) start = i - 1;
      if (start >= 0) addBody(tokens[start].start, end, 'org.suffix');
      continue;
    }
    // Walk back over the body to the farthest head (第四/军医/大学; 人民出版社/第三/图书/编辑室), not
    // across a person, a title (院长 吴弦光), a date or a dateline word (北京12月31日讯 新华社), and from a run of places keep the last one
    // (黑龙江省 牡丹江市 煤气公司).
    // A verb inside a body (国家 留学 基金 管理 委员会) counts only when a name found so far or a head word starts it.
    let verbAt = -1;
    for (let j = i - 1, n = 0; j >= 0 && n < LONGEST_BODY; j--) {
      if (tokens[j].end !== tokens[j + 1].start || !isWordyIn(text, tokens[j].start, tokens[j].end)) break;
      const w = ctx.word(j);
      // 食物 与 营养 (咨询委员会): a conjunction between two plain nouns inside a strong body's name.
      if (strong && j < i - 1 && BODY_CONJUNCTIONS.has(w) && nounsJoined(j)) continue;
      if (strong && tokens[j].pos === BODY_VERB && j < i - 1 && verbAt < 0) verbAt = j;
      else if (!INNER.has(tokens[j].pos) && !PROPER.has(tokens[j].pos) && !t.headWords.has(w)) break;
      // Before a verb, a word ending in a suffix ends another body (贝尔公司 买下 纽新公司).
      else if (verbAt > j && t.suffixes.findIn(text, tokens[j].start, tokens[j].end) !== null) break;
      // A unit's number (一总队, 第二 中学) adds no word to the body; a number with its classifier
      // counts bodies (一家 医院, 十大 公司) and ends the walk.
      if (tokens[j].pos === 'm' && !isUnitNumber(t, text, tokens[j].start, tokens[j].end)) break;
      if (tokens[j].pos !== 'm') n++;
      // A title right before a strong suffix word names members (记者 协会, 律师 事务所), not a person.
      const memberTitle = strong && j === i - 1 && end === tok.end && tok.end - tok.start === s.length;
      // A person right before a strong suffix's word names the body after them (邵逸夫 基金会).
      if (heads.get(tokens[j].start) === 'PERSON' && j === i - 1 && listedStrong && ownWord && end === tok.end) {
        start = j;
        continue;
      }
      if (heads.get(tokens[j].start) === 'PERSON' || (isTitle(w) && !memberTitle) || t.nonStarts.has(w) || holdsDate(text, tokens[j].start, tokens[j].end)) break;
      if (start >= 0 && isPlace(j) && isPlace(start)) break;
      // Before a place, only a name found so far or a head word extends the name: no word jieba
      // mis-tags as a name (谢谢/nr 沈阳 … 酒店, 东道主/nr 法国队).
      if (start >= 0 && isPlace(start) && !heads.has(tokens[j].start) && !t.headWords.has(w) && (!PROPER.has(tokens[j].pos) || MISREAD_TAGS.has(tokens[j].pos))) break;
      // A new word heads only the word right after it (劳拉/x 公司), not a longer body.
      if (isHead(j) && (strong || isBrandHead(j)) && (tokens[j].pos !== 'x' || j === i - 1)) start = j;
      if (!strong) break;
    }
    if (start >= 0 && start < verbAt && !heads.has(tokens[start].start) && !t.headWords.has(ctx.word(start))) start = -1;
    // A place before a name head stays with it (青岛 海牛 队, 沈阳 海狮 队).
    const withPlace = (k: number) => (k > 0 && tokens[k - 1].end === tokens[k].start && isPlace(k - 1) && !isPlace(k) ? k - 1 : k);
    if (start >= 0) addBody(tokens[!strong ? withPlace(start) : start].start, end, start === i && tagged ? 'org.tagged' : 'org.suffix');
    else if (strong && end === tok.end && i > 1 && tokens[i - 1].end === tok.start && isStation(t, ctx, i - 1, heads) && isPlace(i - 2) && headEnds.get(tokens[i - 2].start) === tokens[i - 1].start) {
      // A body a place keeps elsewhere (俄罗斯 驻华 大使馆): the place, the station word, the body.
      addBody(tokens[i - 2].start, end, 'org.station');
    } else {
      const team = teamStart(t, ctx, i);
      if (team >= 0) ctx.add(tokens[withPlace(team)].start, end, 'ORG', 'org.team');
    }
  }
  findPressTitles(t, ctx, isPlace);
  findPlaceTeams(t, ctx);
  joinChains(t, ctx);
}

/** How many words a sub-unit's name may have after its organisation. */
const LONGEST_UNIT = 3;
/** How many words a sub-unit's name may have when it holds words of doing (对外 合作 协调 办公室). */
const LONGEST_VERBAL_UNIT = 5;
/** The tag of a place word (对外/s), which may start such a name. */
const PLACE_WORD = 's';
/** Tags of the word that ends a sub-unit's name: nouns, not verbs (主办, 组队) nor persons (吴军). */
const UNIT_TAGS = new Set(['n', 'nt', 'nz', 'j', 'ng']);
/** A session number before a body (第六届 全国人大, 首届 立法会). */
const SESSION = /^(?:第[0-9０-９〇零一二三四五六七八九十百]+|首)届$/;

/**
 * Organisations in a chain make one name: an organisation right after another, or a sub-unit
 * ending in a suffix (中国农业银行 河北省分行, 北京大学 生物系); a session number before one
 * (第六届 全国人大) belongs to it. The joined span is a new, longer candidate, which wins over
 * its parts when spans are resolved.
 */
function joinChains(t: OrgTables, ctx: NameContext): void {
  const { text } = ctx;
  const orgEnds = new Map<number, number>();
  /** Organisations that end in a suffix: only such a one joins the name before it (光大银行 新浪 are two names). */
  const unitEnds = new Map<number, number>();
  for (const c of ctx.found) {
    if (c.label !== 'ORG') continue;
    orgEnds.set(c.start, Math.max(orgEnds.get(c.start) ?? 0, c.end));
    if (t.unitSuffixes.findIn(text, c.start, c.end) !== null || t.suffixes.findIn(text, c.start, c.end) !== null) unitEnds.set(c.start, Math.max(unitEnds.get(c.start) ?? 0, c.end));
  }
  /** Places that start on a word boundary, start by end; and their starts. */
  const placeStarts = new Map<number, number>();
  const placeBegins = new Set<number>();
  for (const c of ctx.found) {
    if (c.label !== 'GPE') continue;
    placeBegins.add(c.start);
    if (ctx.startsAt[c.start] >= 0) placeStarts.set(c.end, c.start);
  }
  const joined: [number, number][] = [];
  for (const [start, firstEnd] of [...orgEnds].sort((a, b) => a[0] - b[0])) {
    let end = firstEnd;
    for (;;) {
      const next = unitEnds.get(end);
      if (next !== undefined) {
        orgEnds.delete(end);
        unitEnds.delete(end);
        end = next;
        continue;
      }
      const unitEnd = subUnitEnd(t, ctx, end);
      if (unitEnd < 0) break;
      end = unitEnd;
    }
    const from = chainStart(t, ctx, start, placeStarts, placeBegins);
    if (from < start || end > firstEnd) joined.push([from, end]);
  }
  for (const [start, end] of joined) if (isWordyIn(text, start, end)) ctx.add(start, end, 'ORG', 'org.chain');
}

/** Is token i a station word (驻), or one glued to the place it names (驻华, where 华 is found as a place)? */
function isStation(t: OrgTables, ctx: NameContext, i: number, placeBegins: ReadonlySet<number> | ReadonlyMap<number, Label>): boolean {
  const w = ctx.word(i);
  if (t.stationWords.has(w)) return true;
  for (const s of t.stationWords) if (w.length > s.length && w.startsWith(s) && placeBegins.has(ctx.tokens[i].start + s.length)) return true;
  return false;
}

/**
 * Where an organisation starting at `start` begins with what stands before it: the place it
 * belongs to, when its own name starts with none (天津市 妇联); a place and a station word before
 * it (中国 驻 美国大使馆); a session number (第六届 全国人大).
 */
function chainStart(t: OrgTables, ctx: NameContext, start: number, placeStarts: Map<number, number>, placeBegins: Set<number>): number {
  const { tokens } = ctx;
  let from = start;
  if (!placeBegins.has(start)) from = placeStarts.get(from) ?? from;
  const station = ctx.endsAt[from];
  if (station >= 0 && isStation(t, ctx, station, placeBegins)) {
    const place = placeStarts.get(tokens[station].start);
    if (place !== undefined) from = place;
  }
  const before = ctx.endsAt[from];
  return before >= 0 && SESSION.test(ctx.word(before)) ? tokens[before].start : from;
}

/** Does text[start, end) end in a sub-unit's suffix, or in an organisation suffix that names no line of business (美术系, 影视部; not 宣传 科技)? */
function endsInUnitSuffix(t: OrgTables, text: string, start: number, end: number): boolean {
  if (t.unitSuffixes.findIn(text, start, end) !== null) return true;
  const s = t.suffixes.findIn(text, start, end);
  return s !== null && !t.tradeSuffixes.has(s[0]);
}

/** The end of a sub-unit's name starting at offset `at` (a word boundary), or -1. */
function subUnitEnd(t: OrgTables, ctx: NameContext, at: number): number {
  const { tokens, text } = ctx;
  const first = ctx.startsAt[at];
  if (first < 0) return -1;
  /** Has the unit's name a verb or a place word inside (对外 合作 协调 办公室)? */
  let verbal = false;
  for (let j = first; j < tokens.length && j < first + LONGEST_VERBAL_UNIT && (verbal || j < first + LONGEST_UNIT); j++) {
    if (j > first && tokens[j].start !== tokens[j - 1].end) return -1;
    const w = ctx.word(j);
    const inner = INNER.has(tokens[j].pos);
    const place = tokens[j].pos === PLACE_WORD;
    // A verb right after an organisation is its predicate (水利部 派出 工作组): a verb stands only after the unit's first word.
    if (!inner && !place && (j === first || tokens[j].pos !== BODY_VERB)) return -1;
    if (!inner) verbal = true;
    if (!isHanIn(text, tokens[j].start, tokens[j].end) || isTitle(w) || (j > first && ctx.isListed(tokens[j].start, tokens[j].end))) return -1;
    const { start, end, pos } = tokens[j];
    const suffix = t.suffixes.findIn(text, start, end);
    if (t.unitSuffixes.findIn(text, start, end) === null && suffix === null) continue;
    if (!endsInUnitSuffix(t, text, at, end)) return -1;
    // Words of doing inside need a strong suffix, a body's own word, to close them (…协调 办公室).
    if (verbal && (suffix === null || !suffix[1] || suffix[0].length < 2)) return -1;
    // The unit's own word is a noun, no place (莫斯科), and no common noun (关系, 机构).
    return UNIT_TAGS.has(pos) && !ctx.isListed(start, end) && t.nonHeads.findIn(text, start, end) === null ? end : -1;
  }
  return -1;
}
