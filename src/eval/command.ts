// `zh-annotate eval`: score the pipeline against gold data, one set or every development set.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ROOT } from '../resources.js';
import { parseLabelMap } from './label-map.js';
import { formatErrors, formatNotes, formatTable, speed } from './report.js';
import { Annotator, warmUp, type RunOptions, type SetResult } from './result.js';
import { DEV_SETS, evaluate, FORMATS, guessFormat, type FileRun, type Format } from './sets.js';

interface EvalOptions {
  dev?: boolean;
  data: string;
  format?: Format;
  map?: string;
  refDate?: string;
  words?: string;
  set?: string;
  label?: string;
  errors: number;
  json?: boolean;
}

const DEFAULT_DATA = join(ROOT, '..', 'shared', 'data');

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}

export function evalCommand(): Command {
  return new Command('eval')
    .description('score the pipeline against gold data: a named development set or a file, or every set with --dev')
    .argument('[set-or-file]', `a development set (${DEV_SETS.map((s) => s.name).join(', ')}) or a gold file/folder`)
    .option('--dev', 'run every development set in the data folder and print one table')
    .option('--data <dir>', 'the data folder of the development sets', DEFAULT_DATA)
    .addOption(new Option('--format <format>', 'the gold file\'s format (default: by its name)').choices(FORMATS))
    .option('--map <map>', 'label map: ner3, ner3-time, pd-sample, weibo, time-spans, ours, or pairs OURS=GOLD,...')
    .option('--ref-date <YYYY-MM-DD>', 'reference date for a file whose lines state none')
    .option('--words <file>', 'a word list (one word a line) for OOV recall in segmentation sets')
    .option('--set <names>', 'with --dev: only these sets (comma-separated; a prefix picks all it starts, e.g. pd,ud)')
    .option('--label <label>', 'score only this label (ours, as PERSON, or the scored one, as PER)')
    .option('--errors <n>', 'list n misses and n false alarms (and wrong values) per set, with their sentence', count, 0)
    .option('--json', 'print the results as JSON')
    .action((target: string | undefined, options: EvalOptions) => {
      let runs: FileRun[] | null;
      try {
        runs = plan(target, options);
      } catch (e) {
        console.error(`eval: ${(e as Error).message}`);
        process.exitCode = 2;
        return;
      }
      if (runs === null) return;
      const runOptions: RunOptions = { errors: options.errors, ...(options.label === undefined ? {} : { label: options.label }) };
      const annotator = new Annotator();
      warmUp();
      const results: SetResult[] = runs.map((run) => evaluate(run, runOptions, annotator));
      if (options.json) {
        console.log(JSON.stringify({ data: options.dev ? options.data : undefined, sets: results, chars: annotator.chars, ms: annotator.ms, charsPerSecond: speed(annotator.chars, annotator.ms) }, null, 1));
        return;
      }
      console.log(formatTable(results));
      const notes = formatNotes(results);
      if (notes !== '') console.log(`\n${notes}`);
      if (options.errors > 0) console.log(`\n${formatErrors(results)}`);
    });
}

/** What to run; null (after saying why) when there is nothing to run. */
function plan(target: string | undefined, options: EvalOptions): FileRun[] | null {
  const map = options.map === undefined ? undefined : parseLabelMap(options.map);
  if (map === null) throw new Error(`--map: no preset or OURS=GOLD pairs: ${options.map}`);
  const known = options.words === undefined ? undefined : new Set(readFileSync(options.words, 'utf8').split(/\r?\n/).map((w) => w.trim()).filter((w) => w !== ''));
  const extra = { ...(map === undefined ? {} : { map }), ...(known === undefined ? {} : { known }), ...(options.refDate === undefined ? {} : { refDate: options.refDate }) };
  const dev = DEV_SETS.find((s) => s.name === target);
  if (options.dev || dev !== undefined) {
    const data = resolve(options.data);
    if (!existsSync(data)) {
      console.log(`eval: no development data at ${data}; skipping (give --data DIR to point elsewhere)`);
      return null;
    }
    const wanted = options.set?.split(',').map((s) => s.trim()).filter((s) => s !== '');
    const sets = dev !== undefined ? [dev] : DEV_SETS.filter((s) => wanted === undefined || wanted.some((w) => s.name.startsWith(w)));
    const runs: FileRun[] = [];
    for (const s of sets) {
      const path = join(data, s.path);
      if (existsSync(path)) runs.push({ name: s.name, path, format: s.format, ...(s.map === undefined ? {} : { map: s.map }), ...extra });
      else console.log(`eval: ${s.name}: ${path} is absent; skipped`);
    }
    return runs;
  }
  if (target === undefined) throw new Error('give a set or a file, or --dev');
  if (!existsSync(target)) throw new Error(`no such set or file: ${target}`);
  const format = options.format ?? guessFormat(target);
  if (format === null) throw new Error(`cannot tell the format of ${target}; give --format (${FORMATS.join(', ')})`);
  return [{ name: basename(target), path: target, format, ...extra }];
}
