// Every date and time in the seed article, found and valued as ANNOTATION.md says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';

const doc = annotate(readFileSync(new URL('../corpus/deepseek-r1-industry.txt', import.meta.url), 'utf8'), { refDate: '2025-02-19' });
const times = doc.entities.filter((e) => e.label === 'DATE' || e.label === 'TIME');

/** The n-th (0-based) occurrence of a span text among the DATE/TIME spans. */
function nth(text: string, n = 0) {
  const found = times.filter((e) => e.text === text)[n];
  expect(found, `${text} #${n}`).toBeDefined();
  return found!;
}

// [text as written (Traditional), occurrence, value, mod]
const EXPECTED: [string, number, string | null, string | undefined][] = [
  ['不到一個月', 0, 'P1M', 'LESS_THAN'],
  ['過去一個月', 0, 'P1M', undefined],
  ['2月1日', 0, '2025-02-01', undefined],
  ['去年', 0, '2024', undefined],
  ['2023年', 0, '2023', undefined],
  ['2024年', 0, '2024', undefined],
  ['2025年初', 0, '2025', 'START'],
  ['2月14日', 0, '2025-02-14', undefined],
  ['2月13日', 0, '2025-02-13', undefined],
  ['近一個月', 0, 'P1M', 'APPROX'],
  ['今年', 0, '2025', undefined],
  ['1月20日', 0, '2025-01-20', undefined],
  ['近日', 0, 'PAST_REF', undefined],
  ['一年前', 0, '2024', undefined],
  ['近期', 0, 'PAST_REF', undefined],
  ['目前', 0, 'PRESENT_REF', undefined],
  ['未來', 0, 'FUTURE_REF', undefined],
  ['2025年', 0, '2025', undefined],
  ['現階段', 0, 'PRESENT_REF', undefined],
  ['去年9月', 0, '2024-09', undefined],
  ['現在', 0, 'PRESENT_REF', undefined],
  ['過去', 0, 'PAST_REF', undefined],
  ['兩年前', 0, '2023', undefined],
];

describe('seed article dates (reference 2025-02-19)', () => {
  it.each(EXPECTED)('%s #%i -> %s %s', (text, n, value, mod) => {
    const e = nth(text, n);
    expect(e.label).toBe('DATE');
    expect(e.value).toMatchObject({ value });
    expect((e.value as { mod?: string }).mod).toBe(mod);
  });

  it('anchors 當時 and 同一天 on the date they refer back to', () => {
    const sameDay = nth('同一天');
    expect(sameDay.value).toMatchObject({ value: '2025-01-20', anchor: nth('1月20日').start });
    expect(nth('當時', 1).value).toMatchObject({ value: '2025', mod: 'START', anchor: nth('2025年初').start });
    expect(nth('當時', 2).value).toMatchObject({ value: '2024-09', anchor: nth('去年9月').start });
  });

  it('leaves out frames and the words ANNOTATION.md does not mark', () => {
    for (const word of ['此前', '早期', '短期內', '一直', '截至目前', '2023年誕生以來']) {
      expect(times.some((e) => e.text === word), word).toBe(false);
    }
    for (const e of times) expect([...doc.text].slice(e.start, e.end).join('')).toBe(e.text);
  });
});
