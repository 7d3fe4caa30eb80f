// Products: apps, services and models we list (微信, 混元, 豆包App), and Latin names with a
// version marker (DeepSeek-R1, GPT5, Kimi k1.5, OpenAI o1, Baichuan-M1).
import type { Label } from '../doc.js';
import { Gazetteer, type GazetteerEntry } from '../gazetteer.js';
import { NameContext, labelledNames } from './context.js';

let listed: Gazetteer<Label> | null = null;

/** A Latin word of three letters or more and a version marker: digits, or a letter or two and digits after a joiner. */
const VERSIONED = /^[A-Za-z][A-Za-z]{2,}(?:[0-9][0-9.]*|[- _][A-Za-z]{0,2}[0-9][0-9.]*[A-Za-z]?)$/;

/** A listed product inside a longer word needs two characters (微信 in 微信群). */
const inside = (e: GazetteerEntry<Label>) => e.name.length >= 2;

export function findProducts(ctx: NameContext): void {
  listed ??= new Gazetteer(labelledNames('names/products.tsv'));
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const e = ctx.matchTokens(listed, i, inside);
    if (e !== null) ctx.addListed(tok.start, tok.start + e.name.length, e.data, 'product.listed');
    if (tok.pos === 'eng' && VERSIONED.test(ctx.word(i))) ctx.add(tok.start, tok.end, 'PRODUCT', 'product.versioned');
  }
}
