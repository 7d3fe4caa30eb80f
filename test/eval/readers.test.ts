import { describe, expect, it } from 'vitest';
import { readTagged } from '../../src/eval/read-tagged.js';
import { readSpanLines } from '../../src/eval/read-spans.js';
import { readConllu, readSegmented } from '../../src/eval/read-words.js';
import { readCn2anNumerals, readCn2anTransforms, readJionlpTimes, readOpenccToSimplified, readDuckling } from '../../src/eval/read-tables.js';
import { parseDucklingValue } from '../../src/eval/duckling-value.js';

describe('readTagged', () => {
  it('reads BIO with TABs into sentences with code-point spans', () => {
    const r = readTagged('王\tB-PER\n小\tI-PER\n明\tI-PER\n去\tO\n上\tB-LOC\n海\tI-LOC\n\n好\tO\n');
    expect(r.problems).toEqual([]);
    expect(r.items.map((s) => s.text)).toEqual(['王小明去上海', '好']);
    expect(r.items[0].spans).toEqual([{ start: 0, end: 3, label: 'PER' }, { start: 4, end: 6, label: 'LOC' }]);
    expect(r.items[1].line).toBe(8);
  });

  it('reads space-separated BMES and BIOES', () => {
    const r = readTagged('李 B-PER\n四 E-PER\n和 O\n京 S-LOC\n中 B-ORG\n央 M-ORG\n台 E-ORG\n');
    expect(r.items[0].spans).toEqual([
      { start: 0, end: 2, label: 'PER' },
      { start: 3, end: 4, label: 'LOC' },
      { start: 4, end: 7, label: 'ORG' },
    ]);
  });

  it('drops the segmentation digit Weibo appends and keeps its .NAM/.NOM labels', () => {
    const r = readTagged('张0\tB-PER.NAM\n三1\tI-PER.NAM\n老0\tB-PER.NOM\n师1\tI-PER.NOM\n');
    expect(r.items[0].text).toBe('张三老师');
    expect(r.items[0].spans.map((s) => s.label)).toEqual(['PER.NAM', 'PER.NOM']);
  });

  it('starts a span at an I- tag of a new type and ends one at O', () => {
    const r = readTagged('甲\tI-ORG\n乙\tI-LOC\n丙\tO\n丁\tI-LOC\n');
    expect(r.items[0].spans).toEqual([
      { start: 0, end: 1, label: 'ORG' },
      { start: 1, end: 2, label: 'LOC' },
      { start: 3, end: 4, label: 'LOC' },
    ]);
  });

  it('reports a bad line by its number and goes on', () => {
    const r = readTagged('甲\tO\n乙 丙 X-Y\n丁\tO\n');
    expect(r.problems.map((p) => p.line)).toEqual([2]);
    expect(r.items[0].text).toBe('甲丁');
  });

  it('counts an astral character as one position', () => {
    const r = readTagged('𠮷\tO\n野\tB-PER\n家\tI-PER\n');
    expect(r.items[0].spans).toEqual([{ start: 1, end: 3, label: 'PER' }]);
  });
});

describe('readSpanLines', () => {
  it("reads the People's Daily sample form", () => {
    const line = JSON.stringify({ text: '昨天李四来了', entity_list: [{ entity_index: { begin: 2, end: 4 }, entity_type: 'PERSON', entity: '李四' }] });
    const r = readSpanLines(line + '\n');
    expect(r.items[0].spans).toEqual([{ start: 2, end: 4, label: 'PERSON' }]);
  });

  it('reads our own form with values and a date', () => {
    const value = { type: 'DATE', value: '2024-03-01' };
    const line = JSON.stringify({ id: 'a', text: '3月1日开会', date: '2024-05-06T08:00', entities: [{ start: 0, end: 4, label: 'DATE', value }] });
    const r = readSpanLines(line);
    expect(r.items[0]).toMatchObject({ refDate: '2024-05-06', spans: [{ start: 0, end: 4, label: 'DATE', value }] });
  });

  it('reports bad JSON, spans out of range and text that does not match, with line numbers', () => {
    const lines = [
      JSON.stringify({ text: '好', entities: [] }),
      '{not json',
      JSON.stringify({ text: '北京', entities: [{ start: 0, end: 3, label: 'GPE' }] }),
      JSON.stringify({ text: '北京', entity_list: [{ entity_index: { begin: 0, end: 2 }, entity_type: 'GPE', entity: '上海' }] }),
    ];
    const r = readSpanLines(lines.join('\n'));
    expect(r.items).toHaveLength(1);
    expect(r.problems.map((p) => p.line)).toEqual([2, 3, 4]);
  });
});

describe('readSegmented', () => {
  it('reads words split by ASCII or ideographic spaces', () => {
    const r = readSegmented('我们  去 北京\n\n他\u3000来\n');
    expect(r.items.map((s) => s.text)).toEqual(['我们去北京', '他来']);
    expect(r.items[0].words).toEqual([{ start: 0, end: 2 }, { start: 2, end: 3 }, { start: 3, end: 5 }]);
    expect(r.items[1].line).toBe(3);
  });
});

describe('readConllu', () => {
  const row = (id: string, form: string, upos: string, misc = 'SpaceAfter=No') => [id, form, form, upos, '_', '_', '0', 'dep', '_', misc].join('\t');

  it('places words in the # text line, skipping spaces and multiword ranges', () => {
    const r = readConllu([
      '# sent_id = 1',
      '# text = 我 看了 GPT',
      row('1', '我', 'PRON', '_'),
      row('2-3', '看了', '_'),
      row('2', '看', 'VERB'),
      row('3', '了', 'AUX', '_'),
      row('4', 'GPT', 'PROPN'),
      '',
    ].join('\n'));
    expect(r.problems).toEqual([]);
    expect(r.items[0].words).toEqual([
      { start: 0, end: 1, upos: 'PRON' },
      { start: 2, end: 3, upos: 'VERB' },
      { start: 3, end: 4, upos: 'AUX' },
      { start: 5, end: 8, upos: 'PROPN' },
    ]);
  });

  it('joins words by SpaceAfter when there is no # text', () => {
    const r = readConllu([row('1', '你', 'PRON'), row('2', '好', 'ADJ'), ''].join('\n'));
    expect(r.items[0].text).toBe('你好');
  });

  it('reports a word that is not in the text, and a row with too few columns', () => {
    const r = readConllu(['# text = 你好', row('1', '您', 'PRON'), '', '# text = 好', '1\t好', row('1', '好', 'ADJ'), ''].join('\n'));
    expect(r.problems.map((p) => p.line)).toEqual([2, 5]);
    expect(r.items.map((s) => s.text)).toEqual(['好']);
  });
});

describe('parseDucklingValue', () => {
  it.each([
    ['NumeralValue 11', { kind: 'numeral', value: 11 }],
    ['NumeralValue (-1200000)', { kind: 'numeral', value: -1200000 }],
    ['OrdinalData 7', { kind: 'ordinal', value: 7 }],
    ['simple Dollar 7', { kind: 'amount', unit: 'Dollar', value: 7 }],
    ['simple Gram 2 Nothing', { kind: 'amount', unit: 'Gram', value: 2 }],
    ['under Mile 3.5', { kind: 'amount', unit: 'Mile', value: 3.5, bound: 'under' }],
    ['between Litre (2,7)', { kind: 'amount', unit: 'Litre', lower: 2, upper: 7 }],
    ['DurationData 30 Minute', { kind: 'duration', value: 30, grain: 'Minute' }],
  ])('%s', (expression, value) => {
    expect(parseDucklingValue(expression)).toEqual(value);
  });

  it('reads a date as the interval of its grain', () => {
    expect(parseDucklingValue('datetime (2013, 2, 12, 0, 0, 0) Day')).toEqual({ kind: 'time', start: Date.UTC(2013, 1, 12), end: Date.UTC(2013, 1, 13), grain: 'Day' });
    expect(parseDucklingValue('datetime (2013, 1, 1, 0, 0, 0) Month')).toMatchObject({ start: Date.UTC(2013, 0, 1), end: Date.UTC(2013, 1, 1) });
    expect(parseDucklingValue('datetimeHoliday (2013, 12, 25, 0, 0, 0) Day "圣诞节"')).toMatchObject({ start: Date.UTC(2013, 11, 25) });
  });

  it('reads an interval, with 0 for a whole month or year', () => {
    expect(parseDucklingValue('datetimeInterval ((2012, 12, 0, 0, 0, 0), (2013, 2, 0, 0, 0, 0)) Month'))
      .toEqual({ kind: 'time', start: Date.UTC(2012, 11, 1), end: Date.UTC(2013, 1, 1), grain: 'Month' });
  });

  it('gives null for what it cannot read', () => {
    expect(parseDucklingValue('somethingElse 3')).toBeNull();
  });
});

describe('JSON tables', () => {
  it('reads Duckling corpora and reports an unreadable value by its place', () => {
    const r = readDuckling(JSON.stringify({ 'Numeral_ZH_Corpus.hs': { examples: [{ value: 'NumeralValue 3', texts: ['三'] }, { value: 'Odd 1', texts: ['x'] }] } }));
    expect(r.items[0].examples).toHaveLength(1);
    expect(r.problems[0].message).toContain('examples[1]');
  });

  it('reads cn2an numeral tables, skipping the error lists', () => {
    const r = readCn2anNumerals(JSON.stringify([
      { target: 'self.strict_data_dict', value: { 十一: 11 } },
      { target: 'self.direct_data_dict', value: { 零一: '01' } },
      { target: 'self.error_strict_datas', value: ['一一'] },
    ]));
    expect(r.items).toEqual([{ name: 'strict', cases: [{ text: '十一', value: 11 }] }, { name: 'direct', cases: [{ text: '零一', value: 1 }] }]);
  });

  it('tells the Arabic side of a cn2an transform by its digits, whichever side it is on', () => {
    const r = readCn2anTransforms(JSON.stringify([{ target: 'self.x_data_dict', value: { 买了3个: '买了三个', 两千米: '2000米' } }]));
    expect(r.items.map((p) => [p.chinese, p.arabic])).toEqual([['买了三个', '买了3个'], ['两千米', '2000米']]);
  });

  it('reads JioNLP cases and rejects a span whose text does not match', () => {
    const r = readJionlpTimes(JSON.stringify([{ target: 't', value: [
      ['明天下午开会', [{ text: '明天下午', offset: [0, 4], type: 'time_point' }]],
      ['没有', []],
      ['明天', [{ text: '后天', offset: [0, 2], type: 'time_point' }]],
    ] }]));
    expect(r.items.map((s) => s.spans.length)).toEqual([1, 0]);
    expect(r.problems).toHaveLength(1);
  });

  it('keeps the OpenCC configs that go to Simplified', () => {
    const r = readOpenccToSimplified(JSON.stringify({ cases: [{ id: 'a', input: '滑鼠', expected: { tw2sp: '鼠标', tw2s: '滑鼠', s2t: 'x' } }] }));
    expect(r.items.map((c) => c.config).sort()).toEqual(['tw2s', 'tw2sp']);
  });
});
