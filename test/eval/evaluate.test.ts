import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, guessFormat } from '../../src/eval/sets.js';
import { Annotator } from '../../src/eval/result.js';
import { formatTable } from '../../src/eval/report.js';
import { joinDateParts } from '../../src/eval/run-spans.js';

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

  it('scores a TIME set on the contract\'s terms: date parts joined, durations unscored', () => {
    const file = join(dir, 'time.bio');
    const tags: [string, string][] = [['张', 'B-PER'], ['三', 'I-PER'], ['干', 'O'], ['了', 'O'], ['三', 'O'], ['年', 'O'], ['，', 'O'],
      ['今', 'B-TIME'], ['年', 'I-TIME'], ['五', 'B-TIME'], ['月', 'I-TIME'], ['八', 'B-TIME'], ['日', 'I-TIME'], ['走', 'O']];
    writeFileSync(file, tags.map(([c, t]) => `${c}\t${t}`).join('\n') + '\n');
    const r = evaluate({ name: 'time', path: file, format: 'tagged' }, { errors: 0, label: 'TIME' }, new Annotator());
    expect(r.rows[0]).toMatchObject({ n: 1, pred: 1, f1: 1 });
    expect(r.notes.join('\n')).toMatch(/3 spans -> 1[\s\S]*DURATION 1/);
  });

  it('leaves out a label outside the set\'s label space', () => {
    const file = join(dir, 'tiny2.bio');
    writeFileSync(file, '张\tB-PER\n三\tI-PER\n');
    const r = evaluate({ name: 'tiny2', path: file, format: 'tagged' }, { errors: 0, label: 'MONEY' }, new Annotator());
    expect(r.rows).toEqual([]);
    expect(r.notes.join(' ')).toContain('not in this set');
  });
});

describe('joinDateParts', () => {
  const cases: [string, [number, number, string][], [number, number, string][]][] = [
    ['parts of one date that touch', [[0, 2, 'TIME'], [2, 4, 'TIME'], [4, 6, 'TIME']], [[0, 6, 'TIME']]],
    ['the two ends of a range and its link', [[0, 6, 'TIME'], [7, 10, 'TIME']], [[0, 10, 'TIME']]],
    ['two dates with a word between', [[0, 4, 'TIME'], [5, 8, 'TIME']], [[0, 4, 'TIME'], [5, 8, 'TIME']]],
    ['a name next to a date', [[0, 2, 'LOC'], [2, 6, 'TIME']], [[0, 2, 'LOC'], [2, 6, 'TIME']]],
  ];
  const texts: Record<string, string> = {
    'parts of one date that touch': '今年五月八日',
    'the two ends of a range and its link': '12月27日至31日',
    'two dates with a word between': '今年五月或明年五月',
    'a name next to a date': '北京今年五月',
  };
  it.each(cases)('%s', (name, gold, joined) => {
    const spans = gold.map(([start, end, label]) => ({ start, end, label }));
    expect(joinDateParts(spans, Array.from(texts[name]), 'TIME').map((s) => [s.start, s.end, s.label])).toEqual(joined);
  });
});
