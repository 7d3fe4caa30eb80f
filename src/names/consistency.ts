// Document consistency: a string found as a name is a name at its other mentions too, and the
// two-character short form of an organisation named earlier (字节 after 字节跳动) is the same ORG.
import type { Label } from '../doc.js';
import { Gazetteer } from '../gazetteer.js';
import { NameContext, isHan } from './context.js';

const SHORT_FORM = 2;

export function repeatNames(ctx: NameContext): void {
  const labels = new Map<string, Label>();
  const firstSeen = new Map<string, number>();
  const covered = new Uint8Array(ctx.text.length + 1);
  for (const c of ctx.found) {
    covered.fill(1, c.start, c.end);
    const name = ctx.text.slice(c.start, c.end);
    if (name.length < 2 || c.label === 'GPE' || c.label === 'LOC') continue;
    if (!labels.has(name)) labels.set(name, c.label);
    firstSeen.set(name, Math.min(firstSeen.get(name) ?? c.start, c.start));
  }
  const entries: { name: string; data: { label: Label; after: number } }[] = [];
  for (const [name, label] of labels) {
    entries.push({ name, data: { label, after: -1 } });
    if (label === 'ORG' && name.length > SHORT_FORM + 1 && isHan(name)) {
      const short = name.slice(0, SHORT_FORM);
      if (!labels.has(short)) entries.push({ name: short, data: { label, after: firstSeen.get(name)! } });
    }
  }
  if (entries.length === 0) return;
  const mentions = new Gazetteer(entries);
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (covered[tok.start] === 1) continue;
    const e = ctx.matchTokens(mentions, i);
    if (e === null || tok.start < e.data.after) continue;
    // A short form counts only as a word of its own (字节 | 意识到), not inside another word.
    if (e.data.after >= 0 && ctx.startsAt[tok.start + e.name.length] < 0) continue;
    ctx.add(tok.start, tok.start + e.name.length, e.data.label, e.data.after >= 0 ? 'name.short-form' : 'name.repeat');
  }
}
