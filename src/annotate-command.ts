// `zh-annotate annotate`: files, folders or standard input in; JSON, CSV and CoNLL out.
import { mkdirSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { checkDate, InputError, listInputs, MetadataIndex, readUnit, type InputUnit } from './inputs.js';
import { codePointLength } from './doc.js';
import { toOutput } from './output.js';
import { runPipeline } from './pipeline.js';
import { csvLines } from './write/csv.js';
import { removeStaleTemporaries, UnitOutput } from './write/files.js';
import { documentJsonLine } from './write/json.js';
import { writersFor, type Writer } from './write/writers.js';

export interface AnnotateRun {
  inputs: string[];
  output: string;
  refDate?: string;
  formats: string[];
  metadata?: string;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export function annotateCommand(): Command {
  return new Command('annotate')
    .description('annotate .txt and .jsonl files (default corpus/) into DIR (default output/)')
    .argument('[inputs...]', 'files or folders (their .txt and .jsonl files, recursively); - reads JSON lines {"id","text","date"?} from standard input', ['corpus'])
    .option('-o, --output <dir>', 'output folder; - writes one document JSON per line to standard output', 'output')
    .option('--ref-date <YYYY-MM-DD>', 'reference date for relative expressions where the metadata gives none', (v) => {
      try {
        return checkDate(v, '--ref-date');
      } catch (e) {
        throw new InvalidArgumentError((e as InputError).cause_);
      }
    })
    .option('--format <list>', 'output formats, comma-separated: json, csv, conll', 'json,csv')
    .option('--metadata <file>', 'metadata CSV (file,date,title,source); default: metadata.csv beside each input file')
    .action(async (inputs: string[], opts: { output: string; refDate?: string; format: string; metadata?: string }) => {
      process.exitCode = await runAnnotate({
        inputs,
        output: opts.output,
        refDate: opts.refDate,
        formats: opts.format.split(',').map((f) => f.trim()).filter((f) => f !== ''),
        metadata: opts.metadata,
      });
    });
}

interface Tally {
  documents: number;
  characters: number;
  failures: InputError[];
}

export async function runAnnotate(run: AnnotateRun): Promise<number> {
  let writers: Writer[];
  try {
    writers = writersFor(run.formats);
  } catch (e) {
    process.stderr.write(`zh-annotate: ${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
  const started = performance.now();
  const { units, errors } = await listInputs(run.inputs);
  const tally: Tally = { documents: 0, characters: 0, failures: [...errors] };
  const metadata = new MetadataIndex(run.metadata);
  const toStdout = run.output === '-';
  if (!toStdout) {
    try {
      mkdirSync(run.output, { recursive: true });
      removeStaleTemporaries(run.output);
    } catch (e) {
      process.stderr.write(`zh-annotate: cannot write the output folder ${run.output}: ${(e as Error).message}\n`);
      return EXIT_FAILED;
    }
  }
  for (const unit of units) {
    try {
      if (toStdout) await annotateUnitToStdout(unit, run, metadata, tally);
      else await annotateUnitToFiles(unit, run, writers, metadata, tally);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      tally.failures.push(e);
    }
  }
  for (const f of tally.failures) process.stderr.write(`zh-annotate: ${f.message}\n`);
  if (!toStdout) await writeErrorsCsv(run.output, tally.failures);
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `zh-annotate: ${tally.documents} documents annotated, ${tally.failures.length} failed; ` +
      `${tally.characters} characters in ${seconds.toFixed(1)} s\n`,
  );
  return tally.failures.length > 0 ? EXIT_FAILED : EXIT_OK;
}

async function annotateUnitToFiles(unit: InputUnit, run: AnnotateRun, writers: Writer[], metadata: MetadataIndex, tally: Tally) {
  const out = await UnitOutput.create(run.output, unit.outputStem, unit.kind, writers);
  try {
    for await (const read of readUnit(unit, { metadata, refDate: run.refDate })) {
      if (!read.ok) {
        tally.failures.push(read.error);
        continue;
      }
      const doc = toOutput(runPipeline(read.init));
      await out.add(doc);
      count(tally, doc.text);
    }
  } catch (e) {
    out.abandon();
    throw e;
  }
  out.commit();
}

async function annotateUnitToStdout(unit: InputUnit, run: AnnotateRun, metadata: MetadataIndex, tally: Tally) {
  for await (const read of readUnit(unit, { metadata, refDate: run.refDate })) {
    if (!read.ok) {
      tally.failures.push(read.error);
      continue;
    }
    const doc = toOutput(runPipeline(read.init));
    process.stdout.write(documentJsonLine(doc));
    count(tally, doc.text);
  }
}

function count(tally: Tally, text: string) {
  tally.documents++;
  tally.characters += codePointLength(text);
}

/** errors.csv lists the failures of the last run; a run without failures removes it. */
async function writeErrorsCsv(outDir: string, failures: InputError[]) {
  const path = join(outDir, 'errors.csv');
  if (failures.length === 0) {
    rmSync(path, { force: true });
    return;
  }
  const temp = `${path}.partial-${process.pid}`;
  writeFileSync(temp, await csvLines([['input', 'cause'], ...failures.map((f) => [f.where, f.cause_])]));
  renameSync(temp, path);
}
