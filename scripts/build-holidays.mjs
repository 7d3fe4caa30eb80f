// Builds resources/dates/holidays-sourced.tsv: Chinese holiday names with their date rules from
// two npm packages, so the dates stage reads a plain table at run time (no parser library loaded).
//   date-holidays (dev dependency; data CC BY-SA 3.0): the rules that carry a Chinese name (China,
//     Hong Kong, Macau, Taiwan and the shared names), Traditional names made Simplified by opencc-js.
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

const rows = new Map();
function add(name, calendar, rule, source) {
  name = toSimplified(name.trim());
  if (name === '' || NOT_A_NAME.test(name) || EVENT_NAMES.has(name) || tooShort(name, calendar) || rows.has(name)) return;
  rows.set(name, [name, calendar, rule, '', source].join('\t'));
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

function addDateHolidays(key, zh) {
  const rule = dateHolidaysRule(key);
  if (rule === null) return;
  for (const name of zh.split(/\s*\/\s*|\s+/)) add(name, rule[0], rule[1], 'date-holidays');
}

const { data } = require('date-holidays/data');
for (const [key, entry] of Object.entries(data.names)) if (entry.name?.zh) addDateHolidays(key, entry.name.zh);
function walk(region) {
  for (const [key, day] of Object.entries(region.days ?? {})) if (day?.name?.zh) addDateHolidays(key, day.name.zh);
  for (const sub of [...Object.values(region.states ?? {}), ...Object.values(region.regions ?? {})]) walk(sub);
}
for (const country of ['CN', 'HK', 'MO', 'TW']) if (data.holidays[country]) walk(data.holidays[country]);
for (const [code, country] of Object.entries(data.holidays)) if (!['CN', 'HK', 'MO', 'TW'].includes(code)) walk(country);

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

// The hand-written table wins: drop what it already names.
const own = new Set(readFileSync(join(dirname(OUT), 'holidays.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0]));
const lines = [...rows.entries()].filter(([name]) => !own.has(name)).map(([, row]) => row);
writeFileSync(OUT, [
  '# Holiday names and date rules from npm packages, in the columns of holidays.tsv (name, calendar,',
  '# rule, days; calendars as described there) and a fifth: the source package.',
  `# Sources: date-holidays ${version('date-holidays')} (data licence CC BY-SA 3.0; so is this file),`,
  `# names with a Chinese form only, made Simplified by opencc-js; lunar-javascript ${version('lunar-javascript')} (MIT),`,
  '# its festival lists. Generated by scripts/build-holidays.mjs: do not edit by hand.',
  ...lines,
  '',
].join('\n'));
console.log(`${lines.length} holidays -> ${OUT}`);
