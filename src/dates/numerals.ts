// The few numerals that dates need: 二〇二五 read digit by digit, and counts up to the thousands
// (十二月, 三十一日, 两个, 廿号). The figures stage's parseChineseNumber reads general numbers and
// differs on purpose: two digits in a row are no date count (一二月 is January and February, not
// December), and a digit after a unit is added, not scaled (一百一 reads 101 here, 110 as a figure).

const DIGITS: Record<string, number> = {
  '〇': 0, '零': 0, 'Ｏ': 0, '○': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4,
  '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const POWERS: Record<string, number> = { '十': 10, '百': 100, '千': 1000 };
const TENS: Record<string, number> = { '廿': 20, '卅': 30 };

/** The longest number (in characters) whose next character the date readers check before reading at it. */
export const LONGEST_NUMBER = 12;

/** A regular-expression class source for one numeral character of a date count. */
export const DATE_NUMERAL_CHARS = '0-9０-９〇零一二两三四五六七八九十百千廿卅';

const FULLWIDTH_DIGIT = /[０-９]/g;

/** s as a number if it is a run of digits, ASCII or fullwidth (２０２５); else null. */
function digitRun(s: string): number | null {
  if (s.length === 0) return null;
  let fullwidth = false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xff10 && c <= 0xff19) fullwidth = true;
    else if (c < 0x30 || c > 0x39) return null;
  }
  return Number(fullwidth ? s.replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : s);
}

/** 2025, 十二, 三十一, 两, 廿五, 一百三十 -> the number; null when it is not one. */
export function readDateCount(s: string): number | null {
  const digits = digitRun(s);
  if (digits !== null) return digits;
  let total = 0;
  let pending = -1; // the digit waiting for its power, -1 for none
  for (const c of s) {
    if (c in DIGITS) {
      if (pending >= 0) return null; // two digits in a row (二二) are no count
      pending = DIGITS[c];
    } else if (c in POWERS) {
      total += (pending < 0 ? 1 : pending) * POWERS[c];
      pending = -1;
    } else if (c in TENS) {
      if (total !== 0 || pending >= 0) return null;
      total = TENS[c];
    } else return null;
    if (pending === 0) pending = -1; // 一百零五: the zero only separates
  }
  return pending >= 0 ? total + pending : s.length === 0 ? null : total;
}

/** 二〇二五 or 一九九八, read one digit per character; null unless every character is a digit. */
export function readYearDigits(s: string): number | null {
  const digits = digitRun(s);
  if (digits !== null) return digits;
  let n = 0;
  for (const c of s) {
    if (!(c in DIGITS) || c === '两') return null;
    n = n * 10 + DIGITS[c];
  }
  return s.length === 0 ? null : n;
}
