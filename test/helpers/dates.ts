// Checks shared by the table-driven date tests.
import { expect } from 'vitest';
import { annotate } from '../../src/index.js';

/** A case: [text, reference, span text, label, value, mod]. */
export type DateRow = [string, string | null, string, 'DATE' | 'TIME', string | null, string?];

/** The DATE and TIME spans of a text. */
export function timeSpans(text: string, refDate: string | null) {
  return annotate(text, { refDate }).entities.filter((x) => x.label === 'DATE' || x.label === 'TIME');
}

/** The text has a span with that text, label, value and mod. */
export function expectDateRow(...[text, refDate, span, label, value, mod]: DateRow): void {
  const e = timeSpans(text, refDate);
  expect(e.map((x) => x.text)).toContain(span);
  const found = e.find((x) => x.text === span)!;
  expect(found.label).toBe(label);
  expect(found.value).toMatchObject({ value });
  expect((found.value as { mod?: string }).mod).toBe(mod);
}
