import { describe, expect, it } from 'vitest';
import { runPipeline } from '../src/pipeline.js';
import { convertStage } from '../src/stages/convert.js';
import { segmentStage } from '../src/stages/segment.js';
import { sentencesStage, splitSentences } from '../src/stages/sentences.js';

// Segmentation alone: the rule stages and resolve may split tokens further at entity edges.
const segmented = (text: string) => {
  const doc = runPipeline({ id: 't', text }, [convertStage, sentencesStage, segmentStage]);
  return doc.tokens.map((t) => ({ text: doc.simplified.slice(t.start, t.end), pos: t.pos }));
};
const words = (text: string) => segmented(text).map((t) => t.text);

describe('segmentation', () => {
  it('keeps Latin runs whole where nodejieba would cut them into letters', () => {
    expect(words('零一万物CEO李开复表示')).toContain('CEO');
  });
  it('keeps names with version markers, numbers and dates whole', () => {
    const w = words('DeepSeek-R1和Kimi k1.5、GPT5在2025-02-01用了3.5亿和1,200个QQ号');
    for (const run of ['DeepSeek-R1', 'Kimi k1.5', 'GPT5', '2025-02-01', '3.5', '1,200', 'QQ']) expect(w).toContain(run);
  });
  it('gives numbers pos m and Latin words pos eng', () => {
    const t = segmented('用了3000张卡和CEO');
    expect(t.find((x) => x.text === '3000')?.pos).toBe('m');
    expect(t.find((x) => x.text === 'CEO')?.pos).toBe('eng');
  });
  it('tokens tile the text without spaces', () => {
    const text = '他说 OpenAI o1 很好';
    const t = segmented(text);
    for (const tok of t) expect(tok.text.trim()).toBe(tok.text);
    expect(t.map((x) => x.text).join('')).toBe(text.replace(/ (?!o1)/g, ''));
  });
});

describe('sentences', () => {
  const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
  it('split after Chinese and ASCII punctuation, keeping closing quotes', () => {
    expect(texts('他说：“好。”然后走了！真的?是的. 3.5亿不断开')).toEqual(['他说：“好。”', '然后走了！', '真的?', '是的.', '3.5亿不断开']);
  });
  it('end at newlines, CRLF included, and skip blank lines', () => {
    expect(texts('第一行\r\n\r\n第二行\n')).toEqual(['第一行', '第二行']);
  });
});
