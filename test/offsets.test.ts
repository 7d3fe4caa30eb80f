import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';
import { codePointSlicer } from '../src/doc.js';
import { decode } from '../src/stages/decode.js';
import { expectOffsetsHold } from './helpers/spans.js';

describe('offsets are code points of the original text', () => {
  const cases: [string, string][] = [
    ['astral characters before a span', '𠮷野家和𡘙在2月1日发布了3%的增长。'],
    ['emoji', '今天😀很好，IDC中国说增长了5%。🎉2月1日见。'],
    ['CRLF line ends', '第一行没有数字。\r\n第二行：2月1日，增长3%。\r\n'],
    ['Traditional text with astral results of conversion', '二噁英的濃度上升了3%，記者2月1日報道。'],
    ['mixed Latin and Han', 'DeepSeek-R1的API定價僅為OpenAI o1模型運行成本的3%。'],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const doc = annotate(text, { refDate: '2025-02-19' });
      expect(doc.entities.length).toBeGreaterThan(0);
      expectOffsetsHold(doc);
    });
  }

  it('a BOM is removed by decode and offsets count from after it', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('增长了3%。', 'utf8')]);
    const { text } = decode(bytes);
    expect(text.startsWith('\uFEFF')).toBe(false);
    const doc = annotate(text);
    const pct = doc.entities.find((e) => e.label === 'PERCENT');
    expect(pct).toMatchObject({ start: 3, end: 5, text: '3%' });
  });

  it('an entity after an astral character starts one position after it, not two', () => {
    const doc = annotate('𠮷增长了3%');
    expect(doc.entities.find((e) => e.label === 'PERCENT')).toMatchObject({ start: 4, end: 6 });
  });
});

describe('codePointSlicer', () => {
  it('slices by code points like spreading the string, with and without astral characters', () => {
    for (const s of ['𠮷野家😀和𡘙在2月', 'plain 文本 only', '', '😀']) {
      const slice = codePointSlicer(s);
      const cps = [...s];
      for (let a = 0; a <= cps.length; a++) for (let b = a; b <= cps.length; b++) expect(slice(a, b)).toBe(cps.slice(a, b).join(''));
    }
  });
});
