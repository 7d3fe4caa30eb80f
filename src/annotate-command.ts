// `zh-annotate annotate`: a batch runner. Files, folders or standard input in; documents
// annotated by a pool of worker threads, written in input order; a manifest for skipping what
// is unchanged on a rerun; corpus-level files rebuilt at the end.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { Piscina } from 'piscina';
import { annotateDocument, applySettings, type DocumentTask, type RenderedDocument, type WorkerSettings } from './annotate-task.js';
import { checkDate, checkRegion, InputError, listInputs, MetadataIndex, readUnit, type InputUnit, type Metadata } from './inputs.js';
import { MANIFEST_NAME, pipelineVersion, reusableEntries, saveManifest, sha256File, unchanged, type ManifestEntry, type RunOptions } from './manifest.js';
import type { Region } from './doc.js';
import { Progress } from './progress.js';
import { DEFAULT_MAX_SENTENCE } from './stages/sentences.js';
import { csvLines } from './write/csv.js';
import { removeStaleTemporaries, UnitOutput, writeWhole } from './write/files.js';
import { corpusFiles, filesOf, writersFor, type Writer } from './write/writers.js';

interface AnnotateRun {
  inputs: string[];
  output: string;
  refDate?: string;
  region?: Region;
  formats: string[];
  metadata?: string;
  /** Worker threads; by default from the input's size (defaultJobs). */
  jobs?: number;
  force: boolean;
  quiet: boolean;
  maxSentence: number;
}

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const EXIT_INTERRUPTED = 130;

const ERRORS_NAME = 'errors.csv';
/** Documents in flight per worker, and characters in flight in all, before reading waits. */
const DOCUMENTS_PER_WORKER = 4;
const MAX_CHARACTERS_IN_FLIGHT = 16 * 1024 * 1024;
/** Queued reports (failed records, ends of units) before reading waits for the writer. */
const MAX_QUEUED = 1024;
const CHECKPOINT_EVERY_MS = 15_000;
const WORKER_HEAP_MB = 4096;

/**
 * Input a worker thread is worth: below about this much, a second worker's dictionary load and
 * compiling cost more than it saves (6 MB of JSON lines: 4.2 s with one job, 4.3 s with two; 10 MB:
 * 6.8 s and 6.0 s, on this project's 2-core machine), and each worker holds its own ~350 MB.
 */
const BYTES_PER_WORKER = 8 * 1024 * 1024;

/** The default --jobs: one worker per started 8 MB of input, up to `cores`; `cores` where the size is unknown (standard input). */
export function defaultJobs(inputBytes: number | null, cores: number): number {
  if (inputBytes === null) return cores;
  return Math.max(1, Math.min(cores, Math.ceil(inputBytes / BYTES_PER_WORKER)));
}

const positiveInteger = (name: string, least: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < least) throw new InvalidArgumentError(`${name} must be an integer of at least ${least}`);
  return n;
};

/** An option value checked as an input field is: its InputError becomes commander's usage error. */
const checkedBy = <T>(check: (value: string, where: string) => T, name: string) => (v: string) => {
  try {
    return check(v, name);
  } catch (e) {
    throw new InvalidArgumentError((e as InputError).cause_);
  }
};

export function annotateCommand(): Command {
  return new Command('annotate')
    .description('annotate .txt and .jsonl files (default corpus/) into DIR (default output/)')
    .argument('[inputs...]', 'files, folders (their .txt and .jsonl files, recursively) or glob patterns; - reads JSON lines {"id"?,"text","date"?,"region"?} from standard input', ['corpus'])
    .option('-o, --output <dir>', 'output folder; - writes one document JSON per line to standard output', 'output')
    .option('--ref-date <YYYY-MM-DD[THH:MM]>', 'reference date (or publication time) for relative expressions where the metadata gives none', checkedBy(checkDate, '--ref-date'))
    .option('--region <CN|TW|HK|MO>', 'where the documents come from, where the metadata or record names none (Traditional conversion, regional holidays); default: mainland usage, the script guessed', checkedBy(checkRegion, '--region'))
    .option('--format <list>', 'output formats, comma-separated: json, csv, conll, jsonl', 'json,csv')
    .option('--metadata <file>', 'metadata CSV (file,date,title,source,region); default: metadata.csv beside each input file')
    .option('-j, --jobs <n>', 'worker threads (default: one per 8 MB of input, up to the number of cores; the cores for standard input)', positiveInteger('--jobs', 1))
    .option('--force', 'annotate every input again, even those the manifest finds unchanged', false)
    .option('-q, --quiet', 'no progress and no summary; failures are still reported', false)
    .addOption(
      new Option('--max-sentence <chars>', 'cut longer runs without sentence punctuation into pieces of at most this length')
        .argParser(positiveInteger('--max-sentence', 2))
        .default(DEFAULT_MAX_SENTENCE),
    )
    .action(async (inputs: string[], opts: { output: string; refDate?: string; region?: Region; format: string; metadata?: string; jobs?: number; force: boolean; quiet: boolean; maxSentence: number }) => {
      process.exitCode = await runAnnotate({
        inputs,
        output: opts.output,
        refDate: opts.refDate,
        region: opts.region,
        formats: opts.format.split(',').map((f) => f.trim()).filter((f) => f !== ''),
        metadata: opts.metadata,
        jobs: opts.jobs,
        force: opts.force,
        quiet: opts.quiet,
        maxSentence: opts.maxSentence,
      });
    });
}

/** A unit being annotated: its output files (none for standard output) and its manifest entry. */
interface UnitRun {
  unit: InputUnit;
  size: number;
  out: UnitOutput | null;
  entry: ManifestEntry;
  committed: boolean;
}

/** What the writer takes from the queue, in input order. */
type Item =
  | { kind: 'document'; run: UnitRun; source: string; result: Promise<RenderedDocument>; length: number; bytes: number }
  | { kind: 'record-failed'; run: UnitRun; error: InputError; bytes: number }
  | { kind: 'unit-done'; run: UnitRun }
  | { kind: 'unit-failed'; run: UnitRun; error: InputError }
  | { kind: 'unit-skipped'; entry: ManifestEntry; size: number };

/** A failure of the output folder: it stops the run. */
class OutputError extends Error {}

async function runAnnotate(run: AnnotateRun): Promise<number> {
  let writers: Writer[];
  try {
    writers = writersFor(run.formats);
  } catch (e) {
    process.stderr.write(`zh-annotate: ${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
  if (run.metadata !== undefined && !existsSync(run.metadata)) {
    process.stderr.write(`zh-annotate: ${run.metadata}: cannot read the metadata file\n`);
    return EXIT_USAGE;
  }
  const toStdout = run.output === '-';
  const listed = await listInputs(run.inputs, toStdout ? undefined : run.output);
  const failures: InputError[] = [...listed.errors];
  const units = toStdout ? listed.units : withoutClashes(listed.units, writers, failures);
  if (!toStdout) {
    try {
      prepareOutputFolder(run.output);
    } catch (e) {
      process.stderr.write(`zh-annotate: cannot write the output folder ${run.output}: ${(e as Error).message}\n`);
      return EXIT_FAILED;
    }
  }
  // The region only when given, so that the manifest of a run without one is as before.
  const options: RunOptions = { formats: run.formats, refDate: run.refDate ?? null, ...(run.region === undefined ? {} : { region: run.region }), maxSentence: run.maxSentence };
  const pipeline = pipelineVersion();
  const previous = toStdout || run.force ? new Map<string, ManifestEntry>() : reusableEntries(run.output, pipeline, options);
  const sizes = new Map(units.map((u) => [u, sizeOf(u)]));
  // Standard input's size is unknown.
  const inputBytes = units.some((u) => u.path === '-') ? null : [...sizes.values()].reduce((a, b) => a + b, 0);
  const progress = new Progress(run.quiet, inputBytes ?? 0);
  for (const f of failures) progress.failure(f.message);

  const jobs = run.jobs ?? defaultJobs(inputBytes, availableParallelism());
  const settings: WorkerSettings = { maxSentence: run.maxSentence };
  let pool: Piscina | null = null;
  let annotate: (task: DocumentTask) => Promise<RenderedDocument>;
  if (jobs === 1) {
    applySettings(settings);
    // Each document in a macrotask of its own, so that Ctrl-C is heard between documents.
    annotate = (task) => new Promise<void>((resolve) => setImmediate(resolve)).then(() => annotateDocument(task));
  } else {
    const workers = new Piscina({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: jobs,
      maxThreads: jobs,
      workerData: settings,
      // With an explicit limit, a worker out of memory fails its document instead of the process.
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    pool = workers;
    annotate = (task) => workers.run(task);
  }
  const formats = toStdout ? ['json'] : run.formats;

  let stopping = false;
  const onInterrupt = () => {
    if (stopping) process.exit(EXIT_INTERRUPTED);
    stopping = true;
    process.stderr.write('\nzh-annotate: stopping: finishing the documents in flight (Ctrl-C again to quit at once)\n');
  };
  process.on('SIGINT', onInterrupt);

  const entries: ManifestEntry[] = [];
  const handled = new Set<string>();
  const manifestNow = () => ({
    pipeline,
    options,
    inputs: [...entries, ...units.filter((u) => !handled.has(u.path) && previous.has(u.path)).map((u) => previous.get(u.path)!)],
  });
  let lastCheckpoint = performance.now();
  let doneBytes = 0;

  const queue: Item[] = [];
  let inFlight = 0;
  let charactersInFlight = 0;

  /** Write the oldest item of the queue. */
  const writeHead = async () => {
    const item = queue.shift()!;
    switch (item.kind) {
      case 'document': {
        inFlight--;
        charactersInFlight -= item.length;
        let rendered: RenderedDocument;
        try {
          rendered = await item.result;
        } catch (e) {
          item.run.entry.failed++;
          failures.push(new InputError(item.source, `annotation failed: ${(e as Error).message}`));
          progress.failure(failures[failures.length - 1].message);
          return;
        }
        if (item.run.out !== null) outputCall(() => item.run.out!.addRendered(rendered.parts));
        else for (const piece of rendered.parts[0]) if (!process.stdout.write(piece)) await once(process.stdout, 'drain');
        item.run.entry.documents++;
        item.run.entry.characters += rendered.characters;
        progress.counts.done++;
        progress.counts.characters += rendered.characters;
        progress.at(doneBytes + item.bytes);
        return;
      }
      case 'record-failed':
        item.run.entry.failed++;
        failures.push(item.error);
        progress.failure(item.error.message);
        progress.at(doneBytes + item.bytes);
        return;
      case 'unit-done':
        if (item.run.out !== null) item.run.entry.outputs = outputCall(() => item.run.out!.commit()).map((f) => relative(run.output, f).split('\\').join('/'));
        item.run.committed = true;
        entries.push(item.run.entry);
        handled.add(item.run.unit.path);
        doneBytes += item.run.size;
        progress.at(doneBytes);
        if (!toStdout && performance.now() - lastCheckpoint > CHECKPOINT_EVERY_MS) {
          await outputCallAsync(() => saveManifest(run.output, manifestNow()));
          lastCheckpoint = performance.now();
        }
        return;
      case 'unit-failed':
        item.run.out?.abandon();
        progress.drop(item.run.entry);
        item.run.committed = true;
        handled.add(item.run.unit.path);
        failures.push(item.error);
        progress.failure(item.error.message);
        doneBytes += item.run.size;
        progress.at(doneBytes);
        return;
      case 'unit-skipped':
        entries.push(item.entry);
        handled.add(item.entry.input);
        progress.counts.skipped += item.entry.documents;
        doneBytes += item.size;
        progress.at(doneBytes);
        return;
    }
  };

  const enqueue = async (item: Item) => {
    queue.push(item);
    if (item.kind === 'document') {
      inFlight++;
      charactersInFlight += item.length;
    }
    const window = DOCUMENTS_PER_WORKER * jobs;
    while (queue.length > 0 && (inFlight >= window || charactersInFlight > MAX_CHARACTERS_IN_FLIGHT || queue.length > MAX_QUEUED)) await writeHead();
  };

  const metadata = new MetadataIndex(run.metadata);
  const started: UnitRun[] = [];
  let fatal: OutputError | null = null;
  try {
    for (const unit of units) {
      if (stopping) break;
      const size = sizes.get(unit)!;
      const entry: ManifestEntry = { input: unit.path, sha256: '', metadata: null, documents: 0, failed: 0, characters: 0, outputs: [] };
      const unitRun: UnitRun = { unit, size, out: null, entry, committed: false };
      try {
        const meta: Metadata | null = unit.path === '-' ? null : ((await metadata.lookup(unit.path)) ?? null);
        entry.metadata = meta;
        const before = previous.get(unit.path);
        if (before !== undefined && unit.path !== '-') {
          const sha = await sha256File(unit.path).catch(() => '');
          if (unchanged(before, sha, meta, run.output)) {
            await enqueue({ kind: 'unit-skipped', entry: before, size });
            continue;
          }
        }
        if (!toStdout) unitRun.out = await outputCallAsync(() => UnitOutput.create(run.output, unit.outputStem, unit.kind, writers));
        started.push(unitRun);
        const hash = createHash('sha256');
        for await (const read of readUnit(unit, { metadata, refDate: run.refDate, region: run.region, hash })) {
          if (read.ok) {
            const task: DocumentTask = { init: read.init, formats, kind: toStdout ? 'records' : unit.kind };
            await enqueue({ kind: 'document', run: unitRun, source: read.init.source ?? read.init.id, result: annotate(task), length: read.init.text.length, bytes: read.bytes });
          } else {
            await enqueue({ kind: 'record-failed', run: unitRun, error: read.error, bytes: read.bytes });
          }
          if (stopping) break;
        }
        if (stopping) break;
        entry.sha256 = hash.digest('hex');
        await enqueue({ kind: 'unit-done', run: unitRun });
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        await enqueue({ kind: 'unit-failed', run: unitRun, error: e });
      }
    }
    while (queue.length > 0) await writeHead();
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    fatal = e;
  } finally {
    // Documents still in flight after a stop are awaited (so no worker is cut off mid-write),
    // then their unit is dropped whole.
    await Promise.allSettled(queue.flatMap((i) => (i.kind === 'document' ? [i.result] : [])));
    for (const u of started.filter((u) => !u.committed)) {
      u.out?.abandon();
      progress.drop(u.entry);
    }
    await pool?.destroy();
    process.off('SIGINT', onInterrupt);
  }
  if (fatal !== null) {
    progress.finish();
    process.stderr.write(`zh-annotate: ${fatal.message}; the run stopped\n`);
    return EXIT_FAILED;
  }
  if (!toStdout) {
    try {
      const manifest = manifestNow();
      await outputCallAsync(() => saveManifest(run.output, manifest));
      await outputCallAsync(() => writeCorpusFiles(run.output, writers, manifest.inputs));
      await outputCallAsync(() => writeErrorsCsv(run.output, failures));
    } catch (e) {
      if (!(e instanceof OutputError)) throw e;
      process.stderr.write(`zh-annotate: ${e.message}\n`);
      return EXIT_FAILED;
    }
  }
  progress.finish(stopping ? ' (interrupted)' : '');
  if (stopping) return EXIT_INTERRUPTED;
  return failures.length > 0 ? EXIT_FAILED : EXIT_OK;

  function outputCall<T>(f: () => T): T {
    try {
      return f();
    } catch (e) {
      throw new OutputError(`cannot write the output folder ${run.output}: ${(e as Error).message}`);
    }
  }
  async function outputCallAsync<T>(f: () => Promise<T>): Promise<T> {
    try {
      return await f();
    } catch (e) {
      if (e instanceof InputError || e instanceof OutputError) throw e;
      throw new OutputError(`cannot write the output folder ${run.output}: ${(e as Error).message}`);
    }
  }
}

/** Create the folder, clear what a killed run left, and make sure a file can be written there. */
function prepareOutputFolder(dir: string) {
  mkdirSync(dir, { recursive: true });
  removeStaleTemporaries(dir);
  const probe = join(dir, `.zh-annotate-probe-${process.pid}`);
  closeSync(openSync(probe, 'w'));
  rmSync(probe);
}

function sizeOf(unit: InputUnit): number {
  if (unit.path === '-') return 0;
  try {
    return statSync(unit.path).size;
  } catch {
    return 0;
  }
}

/**
 * The units whose output files are their own: a unit whose files would overwrite a corpus-level
 * file or those of an earlier unit (a.txt and a.jsonl side by side) fails instead.
 */
function withoutClashes(units: InputUnit[], writers: readonly Writer[], failures: InputError[]): InputUnit[] {
  const owner = new Map<string, string>([MANIFEST_NAME, ERRORS_NAME, ...corpusFiles(writers).map((c) => c.name)].map((n) => [n, 'a corpus-level file']));
  return units.filter((u) => {
    const names = filesOf(writers, u.kind).map((f) => u.outputStem + f.suffix);
    const taken = names.find((n) => owner.has(n));
    if (taken !== undefined) {
      failures.push(new InputError(u.path, `its output ${taken} would overwrite ${owner.get(taken)}`));
      return false;
    }
    for (const n of names) owner.set(n, `that of ${u.path}`);
    return true;
  });
}

/** Each corpus-level file: the header, then every input's share from its own files, in order. */
async function writeCorpusFiles(outDir: string, writers: readonly Writer[], entries: readonly ManifestEntry[]) {
  for (const corpus of corpusFiles(writers)) {
    await writeWhole(join(outDir, corpus.name), async (fd) => {
      writeSync(fd, await corpus.header());
      for (const e of entries) {
        const { suffix, copy } = corpus.from(e.input === '-' || e.input.endsWith('.jsonl') ? 'records' : 'text');
        const file = e.outputs.find((f) => f.endsWith(suffix));
        if (file !== undefined) copy(join(outDir, file), fd);
      }
    });
  }
}

/** errors.csv lists the failures of the last run; a run without failures removes it. */
async function writeErrorsCsv(outDir: string, failures: InputError[]) {
  const path = join(outDir, ERRORS_NAME);
  if (failures.length === 0) {
    rmSync(path, { force: true });
    return;
  }
  const text = await csvLines([['input', 'cause'], ...failures.map((f) => [f.where, f.cause_])]);
  await writeWhole(path, (fd) => {
    writeSync(fd, text);
  });
}
