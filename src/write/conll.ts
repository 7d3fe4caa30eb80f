// CoNLL for NER trainers: one token a line (original form, Simplified form, POS, BIO tag), a blank
// line between sentences, `# doc_id`, `# sent_id` and `# text` comments. Rendered in pieces of bounded size.
import type { AnnotatedDocument } from '../output.js';
import { eachTokenRow, sentenceTexts } from './rows.js';

/** Lines per piece. */
const BLOCK = 8192;

export function documentConll(doc: AnnotatedDocument): string[] {
  const pieces: string[] = [];
  let out: string[] = [];
  let sentence = -1;
  const sentenceText = sentenceTexts(doc);
  eachTokenRow(doc, (r) => {
    if (r.sentence !== sentence) {
      if (sentence >= 0) out.push('');
      sentence = r.sentence;
      out.push(`# doc_id = ${doc.id}`, `# sent_id = ${doc.id}-${sentence + 1}`, `# text = ${sentenceText(sentence)}`);
    }
    out.push(`${r.original}\t${r.token}\t${r.pos}\t${r.tag}`);
    if (out.length >= BLOCK) {
      pieces.push(out.join('\n') + '\n');
      out = [];
    }
  });
  if (pieces.length > 0 || out.length > 0) pieces.push(out.join('\n') + (out.length > 0 ? '\n' : '') + '\n');
  return pieces;
}
