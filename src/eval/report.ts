// The report: one table for all sets, the label maps and notes under it, then the errors asked for.
import type { SetResult } from './result.js';

const COLUMNS = ['set', 'measure', 'n', 'pred', 'P', 'R', 'F1', '~F1', 'found', 'value', 'kchar/s'] as const;

const pct = (x: number | undefined) => (x === undefined ? '' : (100 * x).toFixed(1));

export function speed(chars: number, ms: number): number {
  return ms === 0 ? 0 : chars / (ms / 1000);
}

/** The results as a text table, with a line for the whole run. */
export function formatTable(results: readonly SetResult[]): string {
  const rows: string[][] = [];
  for (const r of results) {
    r.rows.forEach((row, k) => {
      rows.push([
        k === 0 ? r.set : '',
        row.label === undefined ? row.measure : `  ${row.label}`,
        String(row.n),
        row.pred === undefined ? '' : String(row.pred),
        pct(row.p),
        pct(row.r),
        pct(row.f1),
        pct(row.partialF1),
        pct(row.found),
        row.value === undefined ? '' : `${pct(row.value)} /${row.valued}`,
        k === 0 && r.ms > 0 ? (speed(r.chars, r.ms) / 1000).toFixed(0) : '',
      ]);
    });
  }
  const widths = COLUMNS.map((c, i) => Math.max(width(c), ...rows.map((r) => width(r[i]))));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i < 2 ? c + ' '.repeat(widths[i] - width(c)) : ' '.repeat(widths[i] - width(c)) + c)).join('  ').trimEnd();
  const out = [line(COLUMNS), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  const chars = results.reduce((a, r) => a + r.chars, 0);
  const ms = results.reduce((a, r) => a + r.ms, 0);
  out.push('', `annotated ${chars} characters in ${(ms / 1000).toFixed(2)} s: ${(speed(chars, ms) / 1000).toFixed(0)} kchar/s (the annotation calls alone)`);
  out.push('n: gold items; pred: ours; P, R, F1: exact match (%); ~F1: overlapping spans of the same label count; found: texts found as one whole span; value: share right of /N matched');
  return out.join('\n');
}

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return w;
}

export function formatNotes(results: readonly SetResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    for (const n of r.notes) out.push(`${r.set}: ${n}`);
    if (r.problems.length > 0) {
      out.push(`${r.set}: ${r.problems.length} gold entries could not be read (skipped) in ${r.file}:`);
      for (const p of r.problems.slice(0, 5)) out.push(`  ${p.line > 0 ? `line ${p.line}: ` : ''}${p.message}`);
    }
  }
  return out.join('\n');
}

export function formatErrors(results: readonly SetResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    if (r.errors.length === 0) continue;
    out.push(`== ${r.set} (${r.file})`);
    for (const e of r.errors) out.push(`${e.kind.padEnd(11)} ${e.line > 0 ? `@${e.line} ` : ''}${e.context}\n            ${e.detail}`);
  }
  return out.join('\n');
}
