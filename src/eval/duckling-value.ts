// Duckling's value expressions, as its ZH corpora write them, read into comparable form:
//   NumeralValue 11 | NumeralValue (-1200000) | OrdinalData 7
//   simple Dollar 7 | under Dollar 1.2 | above Dollar 3.04 | between Metre (1.6, 3.9) | simple Gram 2 Nothing
//   DurationData 30 Minute
//   datetime (2013, 2, 12, 0, 0, 0) Day | datetimeInterval ((...), (...)) Hour
//   datetimeHoliday (...) Day "春节" | datetimeIntervalHoliday ((...), (...)) Day "斋月"

export type Grain = 'Second' | 'Minute' | 'Hour' | 'Day' | 'Week' | 'Month' | 'Quarter' | 'Year';

export type DucklingValue =
  | { kind: 'numeral' | 'ordinal'; value: number }
  | { kind: 'amount'; unit: string; value?: number; lower?: number; upper?: number; bound?: 'under' | 'above' }
  | { kind: 'duration'; value: number; grain: Grain }
  /** [start, end) in milliseconds of a UTC clock that reads Duckling's local time. */
  | { kind: 'time'; start: number; end: number; grain: Grain };

const NUM = '(-?[0-9]+(?:\\.[0-9]+)?)';
const TUPLE = '\\(([-0-9, ]+)\\)';
const GRAINS = 'Second|Minute|Hour|Day|Week|Month|Quarter|Year';
const NUMERAL = new RegExp(`^(NumeralValue|OrdinalData) \\(?${NUM}\\)?$`);
const AMOUNT = new RegExp(`^(simple|under|above) (\\w+) ${NUM}(?: \\w+)?$`);
const BETWEEN = new RegExp(`^between (\\w+) \\(${NUM}, ?${NUM}\\)$`);
const DURATION = new RegExp(`^DurationData ${NUM} (${GRAINS})$`);
const POINT = new RegExp(`^datetime(?:Holiday)? ${TUPLE} (${GRAINS})(?: ".*")?$`);
const INTERVAL = new RegExp(`^datetimeInterval(?:Holiday)? \\(${TUPLE}, ${TUPLE}\\) (${GRAINS})(?: ".*")?$`);

export function parseDucklingValue(expression: string): DucklingValue | null {
  const e = expression.trim();
  let m = NUMERAL.exec(e);
  if (m !== null) return { kind: m[1] === 'OrdinalData' ? 'ordinal' : 'numeral', value: Number(m[2]) };
  m = AMOUNT.exec(e);
  if (m !== null) {
    const value = Number(m[3]);
    return m[1] === 'simple' ? { kind: 'amount', unit: m[2], value } : { kind: 'amount', unit: m[2], value, bound: m[1] as 'under' | 'above' };
  }
  m = BETWEEN.exec(e);
  if (m !== null) return { kind: 'amount', unit: m[1], lower: Number(m[2]), upper: Number(m[3]) };
  m = DURATION.exec(e);
  if (m !== null) return { kind: 'duration', value: Number(m[1]), grain: m[2] as Grain };
  m = POINT.exec(e);
  if (m !== null) {
    const start = tupleTime(m[1]);
    const grain = m[2] as Grain;
    return start === null ? null : { kind: 'time', start, end: addGrain(start, grain, 1), grain };
  }
  m = INTERVAL.exec(e);
  if (m !== null) {
    const start = tupleTime(m[1]);
    const end = tupleTime(m[2]);
    return start === null || end === null ? null : { kind: 'time', start, end, grain: m[3] as Grain };
  }
  return null;
}

/** (2013, 2, 12, 4, 30, 0) as milliseconds; a 0 month or day (Duckling's "whole year/month") reads as 1. */
function tupleTime(tuple: string): number | null {
  const f = tuple.split(',').map((x) => Number(x.trim()));
  if (f.length !== 6 || f.some((x) => !Number.isFinite(x))) return null;
  return Date.UTC(f[0], Math.max(f[1], 1) - 1, Math.max(f[2], 1), f[3], f[4], f[5]);
}

/** `t` moved by n grains, on the calendar (months and years keep the day of the month). */
export function addGrain(t: number, grain: Grain, n: number): number {
  const d = new Date(t);
  switch (grain) {
    case 'Second': return t + n * 1000;
    case 'Minute': return t + n * 60_000;
    case 'Hour': return t + n * 3_600_000;
    case 'Day': return t + n * 86_400_000;
    case 'Week': return t + n * 7 * 86_400_000;
    case 'Month': return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
    case 'Quarter': return addGrain(t, 'Month', 3 * n);
    case 'Year': return Date.UTC(d.getUTCFullYear() + n, d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
  }
}

/** Seconds in a grain, for comparing durations: a month counts 30 days and a year 12 months. */
export const GRAIN_SECONDS: Record<Grain, number> = {
  Second: 1,
  Minute: 60,
  Hour: 3600,
  Day: 86_400,
  Week: 7 * 86_400,
  Month: 30 * 86_400,
  Quarter: 90 * 86_400,
  Year: 360 * 86_400,
};
