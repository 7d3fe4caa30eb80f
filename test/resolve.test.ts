import { describe, expect, it } from 'vitest';
import type { Candidate } from '../src/doc.js';
import { resolveOverlaps, splitTokensAtEntities } from '../src/stages/resolve.js';

const c = (start: number, end: number, label: Candidate['label'], rule = 'test'): Candidate => ({ start, end, label, rule });

describe('resolve', () => {
  it('keeps the longer of two overlapping spans', () => {
    const kept = resolveOverlaps([c(0, 4, 'CARDINAL'), c(0, 9, 'ORG')], 20);
    expect(kept).toEqual([c(0, 9, 'ORG')]);
  });
  it('prefers names, then dates, then figures on a tie', () => {
    expect(resolveOverlaps([c(2, 5, 'CARDINAL'), c(2, 5, 'DATE')], 10)[0].label).toBe('DATE');
    expect(resolveOverlaps([c(2, 5, 'DATE'), c(2, 5, 'PRODUCT')], 10)[0].label).toBe('PRODUCT');
  });
  it('keeps disjoint spans and orders them by start', () => {
    expect(resolveOverlaps([c(5, 7, 'DATE'), c(0, 2, 'PERSON'), c(1, 3, 'ORG')], 10).map((x) => x.start)).toEqual([0, 5]);
  });
  it('splits tokens where an entity boundary falls inside them, trimming spaces', () => {
    const text = 'AB CD EF';
    const tokens = [{ start: 0, end: 8, pos: 'eng' }];
    expect(splitTokensAtEntities(text, tokens, [c(3, 5, 'ORG')])).toEqual([
      { start: 0, end: 2, pos: 'eng' },
      { start: 3, end: 5, pos: 'eng' },
      { start: 6, end: 8, pos: 'eng' },
    ]);
  });
});
