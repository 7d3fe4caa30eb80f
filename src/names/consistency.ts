// Document consistency: a string found as a name is a name at its other mentions too, and the
// two-character short form of an organisation named earlier (字节 after 字节跳动) is the same ORG.
import type { Label } from '../doc.js';
import { longestFirst } from '../gazetteer.js';
import { NameContext, isHan } from './context.js';

const SHORT_FORM = 2;

interface Mention {
  name: string;
  label: Label;
  /** For a short form, where its full name is first found (it counts only from there); else -1. */
  after: number;
}

/** The first units of the current document's mentions: a filter tried at every token, cleared after each document. */
const firstUnits = new Uint8Array(0x10000);

/** The first (longest) mention in `list` at `at` that ends where a word ends. */
function mentionAt(ctx: NameContext, list: readonly Mention[], at: number): Mention | undefined {
  for (const x of list) if (ctx.text.startsWith(x.name, at) && ctx.endsAt[at + x.name.length] >= 0) return x;
  return undefined;
}

export function repeatNames(ctx: NameContext): void {
  const labels = new Map<string, Label>();
  const firstSeen = new Map<string, number>();
  for (const c of ctx.found) {
    if (c.end - c.start < 2 || c.label === 'GPE' || c.label === 'LOC') continue;
    const name = ctx.text.slice(c.start, c.end);
    if (!labels.has(name)) labels.set(name, c.label);
    firstSeen.set(name, Math.min(firstSeen.get(name) ?? c.start, c.start));
  }
  const byFirst = new Map<number, Mention[]>();
  const addMention = (m: Mention) => {
    const unit = m.name.charCodeAt(0);
    const list = byFirst.get(unit);
    if (list === undefined) byFirst.set(unit, [m]);
    else list.push(m);
  };
  for (const [name, label] of labels) {
    addMention({ name, label, after: -1 });
    if (label === 'ORG' && name.length > SHORT_FORM + 1 && isHan(name)) {
      const short = name.slice(0, SHORT_FORM);
      if (!labels.has(short)) addMention({ name: short, label, after: firstSeen.get(name)! });
    }
  }
  if (byFirst.size === 0) return;
  for (const [unit, list] of byFirst) {
    list.sort(longestFirst);
    firstUnits[unit] = 1;
  }
  const { tokens, text } = ctx;
  // Mentions are added after the scan: only names found before it keep a token from being one.
  const mentioned: { start: number; mention: Mention }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const at = tokens[i].start;
    if (ctx.covered[at] === 1 || firstUnits[text.charCodeAt(at)] === 0) continue;
    // The longest mention here that ends where a word ends.
    const m = mentionAt(ctx, byFirst.get(text.charCodeAt(at))!, at);
    if (m === undefined || at < m.after) continue;
    // A short form counts only as a word of its own (字节 | 意识到), not inside another word.
    if (m.after >= 0 && ctx.startsAt[at + m.name.length] < 0) continue;
    mentioned.push({ start: at, mention: m });
  }
  for (const unit of byFirst.keys()) firstUnits[unit] = 0;
  for (const { start, mention } of mentioned) {
    ctx.add(start, start + mention.name.length, mention.label, mention.after >= 0 ? 'name.short-form' : 'name.repeat');
  }
}
