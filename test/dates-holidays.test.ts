// Holiday calendars, written by us: each family placed across years and checked against dates
// published for those years (calendars, almanacs, Umm al-Qura and Hebrew calendar tables).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';
import { formatYmd } from '../src/dates/calendar.js';
import { holidayDate, holidays } from '../src/dates/holidays.js';
import { REGIONS, type Region } from '../src/doc.js';
import { readTsv, resourcePath } from '../src/resources.js';

/** [holiday name, Gregorian year, first day]. */
const PLACED: [string, number, string][] = [
  // Chinese lunar
  ['春节', 2013, '2013-02-10'], ['春节', 2024, '2024-02-10'], ['春节', 2025, '2025-01-29'],
  ['中秋节', 2023, '2023-09-29'], ['中秋节', 2024, '2024-09-17'], ['端午节', 2024, '2024-06-10'],
  // solar terms
  ['清明节', 2013, '2013-04-04'], ['清明节', 2019, '2019-04-05'], ['清明节', 2024, '2024-04-04'],
  ['冬至', 2013, '2013-12-22'], ['冬至', 2024, '2024-12-21'],
  // Easter (Gregorian) and Orthodox Easter (Julian computus)
  ['复活节', 2013, '2013-03-31'], ['复活节', 2024, '2024-03-31'], ['复活节', 2025, '2025-04-20'],
  ['耶稣受难日', 2024, '2024-03-29'],
  ['东正教复活节', 2013, '2013-05-05'], ['东正教复活节', 2024, '2024-05-05'], ['东正教复活节', 2025, '2025-04-20'],
  ['东正教圣枝主日', 2024, '2024-04-28'], ['东正教耶稣受难日', 2024, '2024-05-03'],
  // Julian calendar
  ['东正教圣诞节', 2013, '2013-01-07'], ['东正教圣诞节', 2024, '2024-01-07'],
  // Hebrew calendar: the first full day (the evening before is the eve)
  ['赎罪日', 2013, '2013-09-14'], ['赎罪日', 2024, '2024-10-12'],
  ['犹太新年', 2024, '2024-10-03'], ['逾越节', 2024, '2024-04-23'], ['光明节', 2024, '2024-12-26'],
  // Islamic calendar (Umm al-Qura)
  ['开斋节', 2013, '2013-08-08'], ['开斋节', 2024, '2024-04-10'], ['古尔邦节', 2024, '2024-06-16'], ['斋月', 2024, '2024-03-11'],
  // weekday rules
  ['母亲节', 2013, '2013-05-12'], ['母亲节', 2024, '2024-05-12'], ['感恩节', 2013, '2013-11-28'], ['感恩节', 2024, '2024-11-28'],
  ['全国中小学生安全教育日', 2024, '2024-03-25'],
];

describe('holiday calendars', () => {
  it.each(PLACED)('%s in %i is %s', (name, year, date) => {
    const h = holidays().get(name);
    expect(h).toBeDefined();
    const placed = holidayDate(h!, year);
    expect(placed === null ? null : formatYmd(placed)).toBe(date);
  });

  it.each([
    ['2024年光明节', '2024-12-26/2025-01-02'],
    ['2024年斋月', '2024-03-11/2024-04-09'],
    ['2024年清明节', '2024-04-04'],
  ])('%s is valued %s (a festival of several days as the interval of its days)', (text, value) => {
    const [e] = annotate(text, { refDate: '2013-02-12' }).entities;
    expect(e).toMatchObject({ text, label: 'DATE', value: { value } });
  });
});

describe('holidays by region', () => {
  // [text, region, value]: Taiwan's national day is the Double Tenth; Hong Kong and Macau keep 10-01.
  it.each([
    ['2024年國慶', 'TW', '2024-10-10'], ['2024年国庆节', 'TW', '2024-10-10'], ['2024年国庆日', 'TW', '2024-10-10'],
    ['2024年國慶', null, '2024-10-01'], ['2024年國慶', 'CN', '2024-10-01'], ['2024年國慶', 'HK', '2024-10-01'], ['2024年国庆节', 'MO', '2024-10-01'],
    ['2024年双十节', null, '2024-10-10'], ['2024年双十节', 'HK', '2024-10-10'],
    ['2024年和平纪念日', 'TW', '2024-02-28'], ['2024年儿童节', 'TW', '2024-04-04'], ['2024年儿童节', 'HK', '2024-06-01'],
  ] as const)('%s with region %s is %s', (text, region, value) => {
    const [e] = annotate(text, { refDate: '2013-02-12', region }).entities;
    expect(e).toMatchObject({ text, label: 'DATE', value: { value } });
  });

  it('a name only a region keeps is no holiday elsewhere (和平纪念日 is Taiwan\'s)', () => {
    expect(holidays('TW').has('和平纪念日')).toBe(true);
    for (const region of [null, 'CN', 'HK', 'MO'] as const) expect(holidays(region).has('和平纪念日'), String(region)).toBe(false);
    expect(annotate('2024年和平纪念日', { refDate: '2013-02-12' }).entities.map((e) => e.text)).toEqual(['2024年']);
  });

  it('a region\'s row beats the general one there only', () => {
    expect(holidays('TW').get('国庆')).toMatchObject({ calendar: 'solar', rule: '10-10' });
    for (const region of [null, 'CN', 'HK', 'MO'] as const) expect(holidays(region).get('国庆'), String(region)).toMatchObject({ calendar: 'solar', rule: '10-1' });
  });
});

describe('holiday tables', () => {
  const CALENDARS = new Set(['solar', 'lunar', 'solarterm', 'easter', 'orthodox-easter', 'julian', 'hebrew', 'islamic', 'weekday']);

  it.each(['dates/holidays.tsv', 'dates/holidays-sourced.tsv'])('every row of %s places in every year from 2000 to 2040', (file) => {
    const rows = readTsv(file);
    expect(rows.length).toBeGreaterThan(50);
    for (const [name, calendar, , days, region = ''] of rows) {
      expect(CALENDARS.has(calendar), `${name}: ${calendar}`).toBe(true);
      expect(days === undefined || days === '' || Number(days) >= 2, name).toBe(true);
      expect(region === '' || (REGIONS as readonly string[]).includes(region), `${name}: region ${region}`).toBe(true);
      const h = holidays(region === '' ? null : (region as Region)).get(name)!;
      for (let y = 2000; y <= 2040; y++) expect(holidayDate(h, y), `${name} ${y}`).not.toBeNull();
    }
  });

  it('each prefixed variant maps between known calendars and yields names', () => {
    for (const [prefix, from, to] of readTsv('dates/holiday-variants.tsv')) {
      expect([CALENDARS.has(from), CALENDARS.has(to)]).toEqual([true, true]);
      const variants = [...holidays().values()].filter((h) => h.name.startsWith(prefix) && h.calendar === to);
      expect(variants.length).toBeGreaterThan(3);
    }
  });

  it('the sourced table names its sources and licences, and each row one of them', () => {
    const text = readFileSync(resourcePath('dates/holidays-sourced.tsv'), 'utf8');
    const header = text.split('\n').filter((l) => l.startsWith('#')).join(' ');
    expect(header).toMatch(/date-holidays \d+\.\d+\.\d+ \(data licence CC BY-SA 3\.0/);
    expect(header).toMatch(/lunar-javascript \d+\.\d+\.\d+ \(MIT\)/);
    expect(header).toContain('scripts/build-holidays.mjs');
    const sources = new Set(readTsv('dates/holidays-sourced.tsv').map((row) => row[5]));
    expect([...sources].sort()).toEqual(['date-holidays', 'lunar-javascript']);
  });

  it('the sourced table leaves out what our table names for the same region (rebuild it after editing ours)', () => {
    const key = (row: string[]) => `${row[0]} ${row[4] ?? ''}`;
    const ours = new Set(readTsv('dates/holidays.tsv').map(key));
    expect(readTsv('dates/holidays-sourced.tsv').map(key).filter((k) => ours.has(k))).toEqual([]);
  });
});
