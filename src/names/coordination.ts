// Lists of names: in 张明、李华和王强 or 葛菲／顾俊, where most members are names of one label
// and none of another, a member no rule took that has the shape of such a name takes the label.
import type { Label } from '../doc.js';
import { readTsv } from '../resources.js';
import { NameContext, isHanIn, unitSet } from './context.js';
import { hasPersonShape } from './persons.js';
import { isListedPlace, isTransliteratedIn } from './places.js';

interface Links {
  /** Tokens that join any two members (、), and those only before a list's last member (和). */
  marks: Set<string>;
  lasts: Set<string>;
  /** Marks that pair two names (葛菲／顾俊): one found name is enough there. */
  pairs: Set<string>;
  /** First units of all links: most tokens are passed over without their text. */
  firsts: Uint8Array;
  /** Links that pass a sports team along a list of places (意大利、巴西队). */
  teams: Set<string>;
}

let links: Links | null = null;

/** The list links of resources/names/list-links.tsv, read once. */
export function listLinks(): Links {
  if (links !== null) return links;
  const rows = readTsv('names/list-links.tsv');
  links = {
    marks: new Set(rows.filter((r) => r[1] === 'mark' || r[1] === 'pair').map((r) => r[0])),
    pairs: new Set(rows.filter((r) => r[1] === 'pair').map((r) => r[0])),
    lasts: new Set(rows.filter((r) => r[1] === 'last').map((r) => r[0])),
    firsts: unitSet(rows.map((r) => r[0][0])),
    teams: new Set(rows.filter((r) => r[2] === 'team').map((r) => r[0])),
  };
  return links;
}

/** Tags of a one-word member that may be a place's or an organisation's name. */
const NAME_WORD_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nt', 'nz']);
const LONGEST_MEMBER = 4;
/** At least this many members labelled alike make a list of names. */
const FEWEST_LABELLED = 2;

/** Names found so far by where they start and where they end. */
interface FoundIndex {
  byStart: Map<number, number>;
  byEnd: Map<number, number>;
}

interface Member {
  start: number;
  end: number;
  /** The label of the name found exactly there, or null. */
  label: Label | null;
  /** For an unlabelled member on a list's open edge, where it reaches with one more token (邱/nr 敏/ag): its start (left edge) or end (right edge); else -1. */
  wider: number;
}

/**
 * The member between two links (or a list's edge) at [from, to), where `open` says which side
 * is open: a name found there, or else the token against the link (and how far one more token
 * reaches), or the text between two links. Null where nothing fits.
 */
function memberAt(ctx: NameContext, foundAt: FoundIndex, from: number, to: number, open: 'left' | 'right' | 'none'): Member | null {
  const { tokens, found } = ctx;
  const foundByStart = foundAt.byStart;
  if (open === 'left') {
    const f = foundAt.byEnd.get(to);
    if (f !== undefined) return { start: found[f].start, end: to, label: found[f].label, wider: -1 };
    const k = ctx.endsAt[to];
    return k < 0 ? null : { start: tokens[k].start, end: to, label: null, wider: k > 0 ? tokens[k - 1].start : -1 };
  }
  if (open === 'right') {
    const f = foundByStart.get(from);
    if (f !== undefined) return { start: from, end: found[f].end, label: found[f].label, wider: -1 };
    const k = ctx.startsAt[from];
    return k < 0 ? null : { start: from, end: tokens[k].end, label: null, wider: k + 1 < tokens.length ? tokens[k + 1].end : -1 };
  }
  const f = foundByStart.get(from);
  if (f !== undefined && found[f].end === to) return { start: from, end: to, label: found[f].label, wider: -1 };
  return to - from <= LONGEST_MEMBER ? { start: from, end: to, label: null, wider: -1 } : null;
}

/** Has text[start, end), unlabelled, the shape of a name of this label? */
function hasShape(ctx: NameContext, start: number, end: number, label: Label): boolean {
  const { text } = ctx;
  if (!isHanIn(text, start, end) || end - start > LONGEST_MEMBER || ctx.isCovered(start, end)) return false;
  if (label === 'PERSON') return hasPersonShape(text, start, end) && !isListedPlace(text.slice(start, end));
  // Other names only as one word of transliteration characters tagged a name (鲁昂/nr): a word
  // of Chinese characters there is more often a common one (沿海地区/ns, 渡江/ns) than a name no rule knew.
  const k = ctx.startsAt[start];
  return end - start >= 2 && k >= 0 && ctx.tokens[k].end === end && NAME_WORD_TAGS.has(ctx.tokens[k].pos) && isTransliteratedIn(text, start, end);
}

/** Is text[start, end) one token jieba tags a name (柳青/nr)? */
function isNameTagged(ctx: NameContext, start: number, end: number): boolean {
  const k = ctx.startsAt[start];
  return k >= 0 && ctx.tokens[k].end === end && NAME_WORD_TAGS.has(ctx.tokens[k].pos);
}

/** Label an unlabelled member where it, or else it with one more token on its open edge (邱 敏), has the shape. */
function labelMember(ctx: NameContext, m: Member, label: Label): void {
  if (hasShape(ctx, m.start, m.end, label)) ctx.add(m.start, m.end, label, 'name.list');
  else if (m.wider < 0) return;
  else if (m.wider < m.start && hasShape(ctx, m.wider, m.end, label)) ctx.add(m.wider, m.end, label, 'name.list');
  else if (m.wider > m.end && hasShape(ctx, m.start, m.wider, label)) ctx.add(m.start, m.wider, label, 'name.list');
}

/**
 * Label the list's unlabelled members when most members are names of one label and none of
 * another; with only one found name, a pair (葛菲／顾俊, or 柳青/nr、李昕 where the other is a
 * word jieba tags a name).
 */
function labelList(ctx: NameContext, members: Member[], paired: boolean): void {
  const counts = new Map<Label, number>();
  for (const m of members) if (m.label !== null) counts.set(m.label, (counts.get(m.label) ?? 0) + 1);
  if (counts.size !== 1) return;
  const [label, n] = counts.entries().next().value!;
  if (2 * n < members.length) return;
  if (n < FEWEST_LABELLED) {
    const other = members.find((m) => m.label === null);
    if (members.length !== 2 || other === undefined || !(paired || isNameTagged(ctx, other.start, other.end))) return;
  }
  for (const m of members) if (m.label === null) labelMember(ctx, m, label);
}

export function labelListMembers(ctx: NameContext): void {
  const { marks, lasts, pairs, firsts } = listLinks();
  const { tokens, text } = ctx;
  const foundAt: FoundIndex = { byStart: new Map(), byEnd: new Map() };
  ctx.found.forEach((c, k) => {
    foundAt.byStart.set(c.start, k);
    foundAt.byEnd.set(c.end, k);
  });
  let members: Member[] = [];
  /** Are all the open list's links pair marks? */
  let paired = true;
  /** Where the list's last link ends, or -1 with no list open. */
  let lastLinkEnd = -1;
  const close = () => {
    if (lastLinkEnd >= 0) {
      const last = memberAt(ctx, foundAt, lastLinkEnd, -1, 'right');
      if (last !== null) members.push(last);
      if (members.length >= 2) labelList(ctx, members, paired);
    }
    members = [];
    paired = true;
    lastLinkEnd = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (firsts[text.charCodeAt(tokens[i].start)] === 0) continue;
    const word = ctx.word(i);
    const mark = marks.has(word);
    if (!mark && !(lasts.has(word) && lastLinkEnd >= 0)) continue;
    const { start, end } = tokens[i];
    // A link continues the open list when one member lies between it and the last link.
    const between = lastLinkEnd >= 0 ? memberAt(ctx, foundAt, lastLinkEnd, start, 'none') : null;
    if (between !== null) members.push(between);
    else {
      close();
      if (!mark) continue;
      const first = memberAt(ctx, foundAt, -1, start, 'left');
      if (first === null) continue;
      members.push(first);
    }
    lastLinkEnd = end;
    paired &&= pairs.has(word);
    // A conjunction ends the list: its member is the last.
    if (!mark) close();
  }
  close();
}
