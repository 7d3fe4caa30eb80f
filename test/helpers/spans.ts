import { expect } from 'vitest';
import type { AnnotatedDocument } from '../../src/index.js';

/** Every span of a document gives its own text back from the original by code points. */
export function expectOffsetsHold(doc: AnnotatedDocument): void {
  const cps = [...doc.text];
  const slice = (s: number, e: number) => cps.slice(s, e).join('');
  for (const e of doc.entities) expect(slice(e.start, e.end), `entity ${JSON.stringify(e)}`).toBe(e.text);
  for (const s of doc.sentences) expect(s.end).toBeGreaterThan(s.start);
  for (const t of doc.tokens) {
    expect(t.end, `token ${JSON.stringify(t)}`).toBeGreaterThan(t.start);
    expect(t.end).toBeLessThanOrEqual(cps.length);
  }
}

export function entity(doc: AnnotatedDocument, text: string) {
  return doc.entities.find((e) => e.text === text || e.simplified === text);
}
