// Builds resources/dates/holidays-sourced.tsv: Chinese holiday names with their date rules from
// two npm packages, so the dates stage reads a plain table at run time (no parser library loaded).
//   date-holidays (dev dependency; data CC BY-SA 3.0): the rules that carry a Chinese name (China,
//     Hong Kong, Macau, Taiwan and the shared names), Traditional names made Simplified by opencc-js.
//     A name first seen in one place keeps that date for everywhere; Hong Kong, Macau or Taiwan
//     giving it another date (國慶日: 10-01 in Hong Kong, 10-10 in Taiwan) adds a row for that region.
//   lunar-javascript (MIT; already a runtime dependency): its solar, lunar, weekday and Buddhist
//     festival lists.
// resources/dates/holidays.tsv (written by us) is read first and wins on a shared name.
// Run: node scripts/build-holidays.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'dates', 'holidays-sourced.tsv');
const version = (pkg) => require(`${pkg}/package.json`).version;
const toSimplified = require('opencc-js').Converter({ from: 'hk', to: 'cn' });
const lunar = require('lunar-javascript');

/** Names that are days after a holiday, legal day-off names or plain dates, not holiday names. */
const NOT_A_NAME = /翌日|后第|後第|假期|更换日|^[一二三四五六七八九十]+月/;
/** Names that in news mostly mean something else: an event (a film festival is not on 8-6) or the
 * start of a longer word (文艺节目). */
const EVENT_NAMES = new Set(['国际电影节', '文艺节']);
/** A name short enough to be an ordinary word (人日, 天日 in 重见天日) unless it ends in 节 or names a solar term (冬至). */
const tooShort = (name, calendar) => [...name].length < 3 && !name.endsWith('节') && calendar !== 'solarterm';

/** Keyed by name and region ('' for everywhere). */
const rows = new Map();
/** The hand-written table's rows, by the same key: they win, and their dates are the ones a region's is compared with. */
const own = new Map(readFileSync(join(dirname(OUT), 'holidays.tsv'), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => {
  const [name, calendar, rule, , region = ''] = l.split('\t').map((f) => f.trim());
  return [`${name}\t${region}`, `${calendar}\t${rule}`];
}));
/** The date rule of each name for everywhere. */
const general = new Map([...own].filter(([key]) => key.endsWith('\t')).map(([key, date]) => [key.slice(0, -1), date]));
/** Regions whose dates differ by name; the rest of the world's rules only add names. */
const REGIONS = ['HK', 'MO', 'TW'];
/** Name and region pairs already seen: a region's first rule for a name is its holiday, the others days off after it. */
const seenIn = new Set();

function add(name, calendar, rule, source, region = '') {
  name = toSimplified(name.trim());
  if (name === '' || NOT_A_NAME.test(name) || EVENT_NAMES.has(name) || tooShort(name, calendar)) return;
  const date = `${calendar}\t${rule}`;
  if (!general.has(name)) {
    general.set(name, date);
    rows.set(`${name}\t`, [name, calendar, rule, '', '', source].join('\t'));
  } else if (REGIONS.includes(region) && !seenIn.has(`${name}\t${region}`) && general.get(name) !== date) {
    rows.set(`${name}\t${region}`, [name, calendar, rule, '', region, source].join('\t'));
  }
  if (region !== '') seenIn.add(`${name}\t${region}`);
}

// date-holidays rule keys (see its README "Holiday rules"), reduced to the holiday's own date: the
// modifiers after it move days off (and if Sunday then next Monday), give hours or years of validity.
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const SOLSTICES = { 'march equinox': '春分', 'june solstice': '夏至', 'september equinox': '秋分', 'december solstice': '冬至' };
/** date-holidays numbers the solar terms from 立春. */
const TERMS = [...lunar.LunarUtil.JIE_QI.slice(3), ...lunar.LunarUtil.JIE_QI.slice(0, 3)];

/** [calendar, rule] in holidays.tsv's terms, or null for a rule we do not model. */
function dateHolidaysRule(key) {
  const k = key.replace(/\s+#\d+$/, '').trim();
  let m = /^(\d\d)-(\d\d)(?:\s|$)/.exec(k);
  if (m) return ['solar', `${Number(m[1])}-${Number(m[2])}`];
  m = /^chinese (\d\d)-0-(\d\d)(?:\s|$)/.exec(k);
  // Day 0 of the first month is the eve of the lunar new year.
  if (m) return ['lunar', m[1] === '01' && m[2] === '00' ? '12-last' : `${Number(m[1])}-${Number(m[2])}`];
  m = /^chinese (\d+)-01 solarterm(?:\s|$)/.exec(k);
  if (m) return ['solarterm', TERMS[Number(m[1]) - 1]];
  m = /^(easter|orthodox)(?: (-?\d+))?(?:\s|$)/.exec(k);
  if (m) return [m[1] === 'easter' ? 'easter' : 'orthodox-easter', String(Number(m[2] ?? 0))];
  m = /^julian (\d\d)-(\d\d)(?:\s|$)/.exec(k);
  if (m) return ['julian', `${Number(m[1])}-${Number(m[2])}`];
  m = /^(1st|2nd|3rd|4th|5th|last) (\w+) in (\w+)(?:\s|$)/i.exec(k);
  if (m) {
    const weekday = WEEKDAYS.indexOf(m[2].toLowerCase()) + 1, month = MONTHS.indexOf(m[3].toLowerCase()) + 1;
    const nth = m[1].toLowerCase() === 'last' ? 'last' : Number(m[1][0]);
    return weekday > 0 && month > 0 ? ['weekday', `${month}-${nth}-${weekday}`] : null;
  }
  for (const [words, term] of Object.entries(SOLSTICES)) if (k.toLowerCase().startsWith(words)) return ['solarterm', term];
  return null;
}

function addDateHolidays(key, zh, region) {
  const rule = dateHolidaysRule(key);
  if (rule === null) return;
  for (const name of zh.split(/\s*\/\s*|\s+/)) add(name, rule[0], rule[1], 'date-holidays', region);
}

const { data } = require('date-holidays/data');
for (const [key, entry] of Object.entries(data.names)) if (entry.name?.zh) addDateHolidays(key, entry.name.zh);
function walk(place, region) {
  for (const [key, day] of Object.entries(place.days ?? {})) if (day?.name?.zh) addDateHolidays(key, day.name.zh, region);
  for (const sub of [...Object.values(place.states ?? {}), ...Object.values(place.regions ?? {})]) walk(sub, region);
}
for (const country of ['CN', 'HK', 'MO', 'TW']) if (data.holidays[country]) walk(data.holidays[country], country);
for (const [code, country] of Object.entries(data.holidays)) if (!['CN', 'HK', 'MO', 'TW'].includes(code)) walk(country, '');

// lunar-javascript: keys are month-day (solar or lunar) or month-week-weekday with week 0 for the
// last one and weekday 0 for Sunday.
const names = (v) => (Array.isArray(v) ? v : [v]);
for (const [md, v] of Object.entries(lunar.SolarUtil.FESTIVAL)) for (const n of names(v)) add(n, 'solar', md, 'lunar-javascript');
for (const [md, v] of Object.entries(lunar.LunarUtil.FESTIVAL)) for (const n of names(v)) add(n, 'lunar', md, 'lunar-javascript');
for (const [mwd, v] of Object.entries(lunar.SolarUtil.WEEK_FESTIVAL)) {
  const [month, nth, weekday] = mwd.split('-').map(Number);
  add(v, 'weekday', `${month}-${nth === 0 ? 'last' : nth}-${weekday === 0 ? 7 : weekday}`, 'lunar-javascript');
}
for (const [md, v] of Object.entries(lunar.SolarUtil.OTHER_FESTIVAL)) for (const n of names(v)) add(n, 'solar', md, 'lunar-javascript');
for (const [md, v] of Object.entries(lunar.LunarUtil.OTHER_FESTIVAL)) for (const n of names(v)) add(n, 'lunar', md, 'lunar-javascript');
for (const [md, v] of Object.entries(lunar.FotoUtil.OTHER_FESTIVAL)) for (const n of names(v)) add(n, 'lunar', md, 'lunar-javascript');

const lines = [...rows.entries()].filter(([key]) => !own.has(key)).map(([, row]) => row);
writeFileSync(OUT, [
  '# Holiday names and date rules from npm packages, in the columns of holidays.tsv (name, calendar,',
  '# rule, days, region; as described there) and a sixth: the source package.',
  `# Sources: date-holidays ${version('date-holidays')} (data licence CC BY-SA 3.0; so is this file),`,
  `# names with a Chinese form only, made Simplified by opencc-js; lunar-javascript ${version('lunar-javascript')} (MIT),`,
  '# its festival lists. Generated by scripts/build-holidays.mjs: do not edit by hand.',
  ...lines,
  '',
].join('\n'));
console.log(`${lines.length} holidays -> ${OUT}`);
