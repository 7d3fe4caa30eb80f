// `npm run bench`: nodejieba's tagger alone against the whole pipeline on the same text, run twice
// (the first pass pays V8's compiling, the second shows a long run).
// Prints a table and writes bench/results.json. Options: --mb N (generated text, default 8),
// --jobs N (also time the CLI with N jobs against one, default 2; 0 skips), --no-dev-sets,
// --flat-rss (peak RSS of the CLI on 10 MB and 100 MB of JSON lines; slow), --out-dir DIR (where
// output is written; default /dev/shm).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import nodejieba from 'nodejieba';
import { codePointLength } from '../doc.js';
import { toOutput } from '../output.js';
import { runPipeline } from '../pipeline.js';
import { ROOT } from '../resources.js';
import { decode } from '../stages/decode.js';
import { UnitOutput } from '../write/files.js';
import { writersFor } from '../write/writers.js';
import { devSetCorpus, generatedCorpus, type BenchDoc } from './corpus.js';
import { excludingStartup, rate, ratio, shares, type Rate } from './rates.js';

const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '8' },
    jobs: { type: 'string', default: '2' },
    'no-dev-sets': { type: 'boolean', default: false },
    'flat-rss': { type: 'boolean', default: false },
    'out-dir': { type: 'string' },
  },
});

const CLI = join(ROOT, 'dist', 'cli.js');
// Output goes to memory-backed /dev/shm where there is one, so the figures measure our code
// rather than the disk (on this machine's ext4, creating many small files stalls in open()).
const scratch = args['out-dir'] ?? (existsSync('/dev/shm') ? '/dev/shm' : tmpdir());
const work = mkdtempSync(join(scratch, 'zh-annotate-bench-'));
const log = (s: string) => process.stderr.write(`${s}\n`);

function sizeOf(docs: BenchDoc[]) {
  let chars = 0;
  let bytes = 0;
  for (const d of docs) {
    chars += codePointLength(d.text);
    bytes += Buffer.byteLength(d.text);
  }
  return { docs: docs.length, chars, bytes };
}

function writeJsonl(docs: BenchDoc[], path: string) {
  writeFileSync(path, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
}

// Start-up: what the first document pays for loading the segmenter and the rule tables.
const rssBefore = process.memoryUsage().rss;
let t = performance.now();
// The warm-up touches every stage's lazy loads (compromise loads on the first English phrase).
runPipeline({ id: 'warm-up', text: '据记者了解，DeepSeek于2025年2月1日发布，成本仅为3%。Apple CEO Tim Cook said so.' });
const startupMs = performance.now() - t;
const startupRssMb = (process.memoryUsage().rss - rssBefore) / 1e6;

log('building the corpus ...');
const generated = generatedCorpus(Number(args.mb));
const dev = args['no-dev-sets'] ? [] : devSetCorpus(join(ROOT, '..', 'shared', 'data'));
const docs = [...generated, ...dev];
const size = sizeOf(docs);
log(`${size.docs} documents, ${size.chars} characters, ${(size.bytes / 1e6).toFixed(1)} MB`);

// The ceiling: nodejieba's tag alone, line by line, as LIBRARY-NOTES measured it.
log('timing nodejieba tag alone ...');
t = performance.now();
for (const d of docs) for (const line of d.text.split('\n')) if (line !== '') nodejieba.tag(line);
const taggerMs = performance.now() - t;
const tagger = rate(size.chars, size.bytes, taggerMs);

// The whole pipeline, in this process: bytes decoded, annotated, JSON and CSV written.
const outDir = join(work, 'out');
const writers = writersFor(['json', 'csv']);

/** One pass of the pipeline over the corpus: its time, and each stage's share of it. */
async function pipelinePass(): Promise<{ ms: number; shares: Record<string, number> }> {
  mkdirSync(outDir);
  const stageMs: Record<string, number> = {};
  let decodeMs = 0;
  let outputMs = 0;
  const start = performance.now();
  for (const d of docs) {
    const bytes = Buffer.from(d.text);
    let s = performance.now();
    const text = decode(bytes).text;
    decodeMs += performance.now() - s;
    const doc = runPipeline({ id: d.id, text });
    for (const [k, v] of Object.entries(doc.timings)) stageMs[k] = (stageMs[k] ?? 0) + v;
    s = performance.now();
    const unit = await UnitOutput.create(outDir, d.id, 'text', writers);
    await unit.add(toOutput(doc));
    unit.commit();
    outputMs += performance.now() - s;
  }
  const ms = performance.now() - start;
  rmSync(outDir, { recursive: true, force: true });
  return { ms, shares: shares({ decode: decodeMs, ...stageMs, 'output (JSON, CSV, files)': outputMs }, ms) };
}

// The first pass pays V8's compiling of the hot code (a one-time cost, as the dictionary load is);
// the second shows what a long batch run gets.
log('timing the pipeline, twice ...');
const firstPass = await pipelinePass();
const secondPass = await pipelinePass();
const pipeline = rate(size.chars, size.bytes, firstPass.ms);
const pipelineWarm = rate(size.chars, size.bytes, secondPass.ms);
const stageShares = firstPass.shares;

interface CliRun {
  wallMs: number;
  peakRssMb: number | null;
}

/** The CLI in a child process, timed, with its peak RSS where /usr/bin/time is there. */
function runCli(cliArgs: string[]): CliRun {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const rssFile = join(work, 'rss.txt');
  const command = timeBin ? timeBin : process.execPath;
  const argv = timeBin ? ['-f', '%M', '-o', rssFile, process.execPath, CLI, ...cliArgs] : [CLI, ...cliArgs];
  const s = performance.now();
  spawnSync(command, argv, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wallMs = performance.now() - s;
  let peakRssMb: number | null = null;
  if (timeBin && existsSync(rssFile)) peakRssMb = Number(readText(rssFile).trim().split('\n').pop()) / 1000;
  return { wallMs, peakRssMb };
}

function readText(path: string): string {
  return spawnSync('cat', [path], { encoding: 'utf8' }).stdout;
}

const jobs = Number(args.jobs);
let parallel: { jobs: number; oneJob: Rate; nJobs: Rate; speedUp: number; peakRssMb: number | null } | string = 'skipped';
if (jobs > 1) {
  log(`timing the command line with --jobs 1 and --jobs ${jobs} ...`);
  const input = join(work, 'corpus.jsonl');
  writeJsonl(docs, input);
  const measure = (n: number) => {
    // One tiny document a worker, so that the start-up subtracted is every worker's dictionary load.
    const tiny = join(work, `tiny-${n}.jsonl`);
    writeJsonl(Array.from({ length: n }, (_, i) => ({ id: `tiny-${i}`, text: '测试。' })), tiny);
    const warm = runCli(['annotate', tiny, '-o', join(work, `tiny-${n}`), '--jobs', String(n), '--force', '--quiet']);
    const full = runCli(['annotate', input, '-o', join(work, `out-${n}`), '--jobs', String(n), '--force', '--quiet']);
    return { warm, full, rate: rate(size.chars, size.bytes, excludingStartup(full.wallMs, warm.wallMs)) };
  };
  const one = measure(1);
  const many = measure(jobs);
  parallel = { jobs, oneJob: one.rate, nJobs: many.rate, speedUp: ratio(many.rate, one.rate), peakRssMb: many.full.peakRssMb };
}

let flatRss: Record<string, number | null> | string = 'not measured (--flat-rss)';
// Workers pay their JIT warm-up each, so a long run shows the speed-up a batch job gets.
let largeSpeedUp: number | string = 'not measured (--flat-rss and --jobs N > 1)';
if (args['flat-rss']) {
  flatRss = {};
  const jobsArgs = jobs > 1 ? ['--jobs', String(jobs)] : [];
  for (const mb of [10, 100]) {
    log(`peak RSS of the command line on ${mb} MB of JSON lines ...`);
    const input = join(work, `rss-${mb}.jsonl`);
    writeJsonl(generatedCorpus(mb, mb), input);
    const run = runCli(['annotate', input, '-o', join(work, `rss-out-${mb}`), '--quiet', ...jobsArgs]);
    flatRss[`${mb} MB`] = run.peakRssMb;
    if (mb === 100 && jobs > 1) {
      log(`timing the command line with --jobs 1 on ${mb} MB of JSON lines ...`);
      largeSpeedUp = runCli(['annotate', input, '-o', join(work, `rss-out-${mb}-1`), '--quiet', '--jobs', '1']).wallMs / run.wallMs;
    }
    rmSync(input, { force: true });
    for (const out of [`rss-out-${mb}`, `rss-out-${mb}-1`]) rmSync(join(work, out), { recursive: true, force: true });
  }
}

// What users script today: Debian's opencc, then Python jieba's posseg, where both are installed.
/** LIBRARY-NOTES: Debian opencc then Python jieba posseg, one core on this machine. */
const PYTHON_CHAIN_NOTED = rate(170_000 / 3, 170_000, 1000);
const PYTHON_POSSEG = [
  'import sys, time, jieba, jieba.posseg as p',
  'jieba.setLogLevel(60); jieba.initialize()',
  'lines = open(sys.argv[1], encoding="utf-8").read().split("\\n")',
  's = time.perf_counter()',
  'for l in lines: list(p.cut(l))',
  'print((time.perf_counter() - s) * 1000)',
].join('\n');
let pythonChain: Rate | string = 'not installed here (python3-jieba, opencc); LIBRARY-NOTES measured 0.17 MB/s';
// Debian's python3-jieba lives in the system Python, which a pyenv `python3` on PATH hides.
const python = ['python3', '/usr/bin/python3'].find((py) => spawnSync(py, ['-c', 'import jieba.posseg'], { stdio: 'ignore' }).status === 0);
const hasOpencc = spawnSync('opencc', ['--version'], { stdio: 'ignore' }).status === 0;
if (python !== undefined && hasOpencc) {
  log('timing opencc + Python jieba posseg on the same text ...');
  const sample = join(work, 'sample.txt');
  const simplified = join(work, 'sample.s.txt');
  writeFileSync(sample, docs.map((d) => d.text).join('\n'));
  const s = performance.now();
  spawnSync('opencc', ['-c', 'tw2s.json', '-i', sample, '-o', simplified], { stdio: 'ignore' });
  const openccMs = performance.now() - s;
  // Python reports its own tagging time, so its dictionary load is left out as ours is.
  const tagging = spawnSync(python, ['-c', PYTHON_POSSEG, simplified], { encoding: 'utf8' });
  pythonChain = tagging.status === 0
    ? rate(size.chars, size.bytes, openccMs + Number(tagging.stdout.trim()))
    : `failed (${python}: ${tagging.stderr.trim().split('\n').pop()}); LIBRARY-NOTES measured 0.17 MB/s`;
}

const results = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  corpus: { ...size, generatedMb: Number(args.mb), devSets: dev.length > 0 },
  outputWrittenTo: scratch,
  startup: { ms: Math.round(startupMs), rssMb: Math.round(startupRssMb) },
  tagger,
  pipeline,
  pipelineOverTagger: ratio(pipeline, tagger),
  pipelineSecondPass: pipelineWarm,
  pipelineSecondPassOverTagger: ratio(pipelineWarm, tagger),
  stageSharesSecondPassPercent: secondPass.shares,
  pipelineOverPythonChain: pipeline.megabytesPerSecond / (typeof pythonChain === 'string' ? PYTHON_CHAIN_NOTED : pythonChain).megabytesPerSecond,
  stageSharesPercent: stageShares,
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1000),
  parallel,
  largeSpeedUp,
  flatRss,
  pythonChain,
};

const fmt = (r: Rate) => `${Math.round(r.charsPerSecond).toLocaleString('en')} chars/s  ${r.megabytesPerSecond.toFixed(2)} MB/s`;
const table = [
  `machine        ${results.machine.cpus} cores, ${results.machine.memoryGb} GB, ${results.machine.cpu}, Node ${results.machine.node}`,
  `corpus         ${size.docs} documents, ${size.chars.toLocaleString('en')} characters, ${(size.bytes / 1e6).toFixed(1)} MB; output written to ${scratch}`,
  `start-up       ${results.startup.ms} ms, ${results.startup.rssMb} MB`,
  `tagger alone   ${fmt(tagger)}`,
  `pipeline       ${fmt(pipeline)}  (${results.pipelineOverTagger.toFixed(2)} of the tagger)`,
  `stages         ${Object.entries(stageShares).map(([k, v]) => `${k} ${v}%`).join(', ')}`,
  `second pass    ${fmt(pipelineWarm)}  (${results.pipelineSecondPassOverTagger.toFixed(2)} of the tagger; the same text again, compiled code warm)`,
  `stages, 2nd    ${Object.entries(secondPass.shares).map(([k, v]) => `${k} ${v}%`).join(', ')}`,
  `peak RSS       ${results.peakRssMb} MB (this process)`,
  typeof parallel === 'string'
    ? `jobs           ${parallel}`
    : `jobs           1: ${fmt(parallel.oneJob)}; ${parallel.jobs}: ${fmt(parallel.nJobs)}; speed-up ${parallel.speedUp.toFixed(2)}`,
  `jobs, 100 MB   speed-up ${typeof largeSpeedUp === 'string' ? largeSpeedUp : `${largeSpeedUp.toFixed(2)} (whole runs, start-up included)`}`,
  `flat RSS       ${typeof flatRss === 'string' ? flatRss : Object.entries(flatRss).map(([k, v]) => `${k}: ${v} MB`).join(', ')}`,
  `python chain   ${typeof pythonChain === 'string' ? pythonChain : `${fmt(pythonChain)} (opencc, then jieba posseg after its dictionary load)`}; pipeline is ${results.pipelineOverPythonChain.toFixed(1)}x`,
];
process.stdout.write(table.join('\n') + '\n');
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify({ ...results, table }, null, 2) + '\n');
rmSync(work, { recursive: true, force: true });
