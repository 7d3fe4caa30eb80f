import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseChineseNumber } from '../src/figures/numerals.js';

describe('parseChineseNumber', () => {
  const cases: [string, number | null][] = [
    ['0', 0], ['3000', 3000], ['1,200', 1200], ['1，200', 1200], ['３０００', 3000], ['3.5', 3.5], ['-3.8', -3.8],
    ['〇', 0], ['零', 0], ['十', 10], ['十一', 11], ['一十一', 11], ['两千', 2000], ['廿二', 22], ['卅', 30],
    ['一百零三', 103], ['一千零一十', 1010], ['一万零一', 10001], ['十万', 100000], ['一百万', 1000000],
    ['一亿二千万', 120000000], ['3.5亿', 350000000], ['1695万', 16950000], ['2万5千', 25000], ['1千万', 10000000],
    ['十万亿', 10000000000000], ['一千零一亿一千零一万一千零一', 100110011001], ['百万', 1000000],
    ['两千六', 2600], ['三万五', 35000], ['一百二', 120], ['一百二十万三', 1203000],
    ['三点五', 3.5], ['零点零一', 0.01], ['三点五亿', 350000000], ['负三点五', -3.5], ['负十一', -11],
    ['壹佰贰拾叁', 123], ['壹萬零肆拾', 10040], ['貳佰零參', 203], ['玖仟陆佰陆拾伍', 9665],
    ['二〇二五', 2025], ['一二三', 123], ['16.4亿', 1640000000],
    ['', null], ['负', null], ['点一', null], ['零点', null], ['百十一', null], ['十一十二', null], ['万', null], ['千万', 10000000],
    ['千一', 1100], ['万九', 19000], ['百二万', 1200000], ['一百二万', 1200000], ['三千五万', 35000000], ['一亿五万', 100050000],
    ['万亿', null], ['一百两', null], ['两三', null], ['三点五点', null], ['abc', null],
  ];
  it.each(cases)('%s -> %s', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });
});

// Our own writer of integers in Chinese numerals, in the forms the parser must read back.
const DIGITS = '零一二三四五六七八九';
const FINANCIAL = '零壹贰叁肆伍陆柒捌玖';
interface Style { digits: string; units: [string, string, string]; wan: string; yi: string; liang: boolean }
const PLAIN: Style = { digits: DIGITS, units: ['十', '百', '千'], wan: '万', yi: '亿', liang: false };
const STYLES: Style[] = [
  PLAIN,
  { ...PLAIN, liang: true },
  { digits: FINANCIAL, units: ['拾', '佰', '仟'], wan: '萬', yi: '億', liang: false },
];

function group(n: number, style: Style): string {
  let out = '';
  let gap = false;
  for (let place = 3; place >= 0; place--) {
    const d = Math.floor(n / 10 ** place) % 10;
    if (d === 0) {
      gap = out !== '';
      continue;
    }
    if (gap) out += style.digits[0];
    gap = false;
    const word = d === 2 && style.liang && place >= 2 ? '两' : style.digits[d];
    out += place === 0 ? word : word + style.units[place - 1];
  }
  return out;
}

function toChinese(n: number, style: Style): string {
  if (n === 0) return style.digits[0];
  const yi = Math.floor(n / 1e8);
  const wan = Math.floor(n / 1e4) % 1e4;
  const ones = n % 1e4;
  let out = yi > 0 ? toChinese(yi, style) + style.yi : '';
  if (wan > 0) out += (out !== '' && wan < 1000 ? style.digits[0] : '') + group(wan, style) + style.wan;
  if (ones > 0) out += (out !== '' && (ones < 1000 || wan === 0) ? style.digits[0] : '') + group(ones, style);
  return out;
}

describe('parseChineseNumber reads back integers written by our own generator', () => {
  it('in plain, 两 and financial forms', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(...STYLES), (n, style) => {
        expect(parseChineseNumber(toChinese(n, style))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('digit by digit (二〇二五)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 999_999_999 }), (n) => {
        const written = [...String(n)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('');
        expect(parseChineseNumber(written)).toBe(n);
      }),
    );
  });

  it('with Arabic digits and sections mixed (3.5亿, 1695万)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom(['万', 1e4], ['亿', 1e8]), (whole, tenth, [word, mult]) => {
        expect(parseChineseNumber(`${whole}.${tenth}${word}`)).toBe(Math.round((whole * 10 + tenth) * mult) / 10);
      }),
    );
  });
});
