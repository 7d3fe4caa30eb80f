import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, guessFormat } from '../../src/eval/sets.js';
import { Annotator } from '../../src/eval/result.js';
import { formatTable } from '../../src/eval/report.js';

describe('evaluate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zh-eval-'));

  it('reads a tagged file, counts gold spans per scored label, states the map and the bad line', () => {
    const file = join(dir, 'tiny.bio');
    writeFileSync(file, '张\tB-PER\n三\tI-PER\n在\tO\n北\tB-LOC\n京\tI-LOC\n\n坏行\n好\tO\n');
    expect(guessFormat(file)).toBe('tagged');
    const annotator = new Annotator();
    const r = evaluate({ name: 'tiny', path: file, format: 'tagged' }, { errors: 5 }, annotator);
    expect(r.rows[0]).toMatchObject({ measure: 'spans (micro)', n: 2 });
    expect(r.rows.filter((row) => row.label !== undefined).map((row) => [row.label, row.n])).toEqual([['LOC', 1], ['PER', 1]]);
    expect(r.notes[0]).toContain('label map ner3');
    expect(r.problems.map((p) => p.line)).toEqual([7]);
    expect(r.chars).toBe(6);
    expect(formatTable([r])).toContain('tiny');
  });

  it('leaves out a label outside the set\'s label space', () => {
    const file = join(dir, 'tiny2.bio');
    writeFileSync(file, '张\tB-PER\n三\tI-PER\n');
    const r = evaluate({ name: 'tiny2', path: file, format: 'tagged' }, { errors: 0, label: 'MONEY' }, new Annotator());
    expect(r.rows).toEqual([]);
    expect(r.notes.join(' ')).toContain('not in this set');
  });
});
