// The annotate command as a batch runner, through child processes: parallel runs give the same
// bytes, reruns skip what is unchanged, killed runs leave whole files, bad input is reported.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedDocument } from '../src/index.js';
import { MANIFEST_NAME, type Manifest } from '../src/manifest.js';
import { writeCorpus } from './helpers/corpus.js';
import { parseCsv, runCli, startCli, tempDir, waitFor } from './helpers/cli.js';
import { defaultJobs } from '../src/annotate-command.js';

/** Every file below a folder, relative, sorted. */
function filesBelow(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

function expectSameFiles(actual: string, expected: string) {
  const files = filesBelow(expected);
  expect(filesBelow(actual)).toEqual(files);
  for (const f of files) expect(readFileSync(join(actual, f)).equals(readFileSync(join(expected, f))), f).toBe(true);
}

/** Parse an output file by its kind; throws if it is not whole. */
async function parseOutput(path: string): Promise<void> {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.jsonl')) for (const line of text.split('\n').filter((l) => l !== '')) JSON.parse(line);
  else if (path.endsWith('.json')) JSON.parse(text);
  else if (path.endsWith('.csv')) await parseCsv(text);
  else if (path.endsWith('.conll')) {
    expect(text === '' || text.endsWith('\n\n'), path).toBe(true);
    for (const line of text.split('\n')) if (line !== '' && !line.startsWith('# ')) expect(line.split('\t'), `${path}: ${line}`).toHaveLength(4);
  } else throw new Error(`unexpected output file ${path}`);
}

const summary = (stderr: string) => {
  const m = /(\d+) documents done, (\d+) skipped, (\d+) failed/.exec(stderr);
  return m === null ? null : { done: Number(m[1]), skipped: Number(m[2]), failed: Number(m[3]) };
};

const ALL_FORMATS = ['--format', 'json,csv,conll,jsonl'];

describe('parallel runs', () => {
  let corpus: string;
  let one: string;
  let two: string;
  beforeAll(() => {
    const dir = tempDir();
    corpus = join(dir, 'in');
    writeCorpus(corpus, { txt: 5, records: 40 });
    one = join(dir, 'one');
    two = join(dir, 'two');
    expect(runCli(['annotate', corpus, '-o', one, '-j', '1', ...ALL_FORMATS]).status).toBe(0);
    expect(runCli(['annotate', corpus, '-o', two, '-j', '2', ...ALL_FORMATS]).status).toBe(0);
  });

  it('write the same bytes with 1 and 2 workers', () => {
    expectSameFiles(two, one);
  });

  it('keep input order: folder entries sorted by name, records in file order', () => {
    const ids = readFileSync(join(two, 'documents.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as AnnotatedDocument).id);
    expect(ids).toEqual(['records', 't001', 't003', 't000', 't002', 't004'].flatMap((s) => (s === 'records' ? Array.from({ length: 40 }, (_, i) => `r${i}`) : [s])));
  });

  it('stream JSON lines from standard input to standard output in order with 2 workers', () => {
    const r = runCli(['annotate', '-', '-o', '-', '-j', '2'], readFileSync(join(corpus, 'records.jsonl'), 'utf8'));
    expect(r.status, r.stderr).toBe(0);
    const expected = readFileSync(join(one, 'records.jsonl'), 'utf8').replaceAll(`"${join(corpus, 'records.jsonl')}:`, '"-:');
    expect(r.stdout).toBe(expected);
  });
});

describe('reruns', () => {
  it('skip unchanged inputs, redo changed ones and all of them with --force or other options', () => {
    const dir = tempDir();
    const corpus = join(dir, 'in');
    writeCorpus(corpus, { txt: 4, records: 6 });
    const out = join(dir, 'out');
    const run = (...extra: string[]) => {
      const r = runCli(['annotate', corpus, '-o', out, '-j', '1', ...extra]);
      expect(r.status, r.stderr).toBe(0);
      return summary(r.stderr);
    };
    expect(run()).toEqual({ done: 10, skipped: 0, failed: 0 });
    const manifest = readFileSync(join(out, MANIFEST_NAME));
    const entities = readFileSync(join(out, 'entities.csv'));
    expect(run()).toEqual({ done: 0, skipped: 10, failed: 0 });
    expect(readFileSync(join(out, MANIFEST_NAME)).equals(manifest)).toBe(true);
    expect(readFileSync(join(out, 'entities.csv')).equals(entities)).toBe(true);

    writeFileSync(join(corpus, 'sub', 't001.txt'), '2月1日，华为的营收增长了3%。');
    expect(run()).toEqual({ done: 1, skipped: 9, failed: 0 });
    expect((JSON.parse(readFileSync(join(out, 'sub', 't001.json'), 'utf8')) as AnnotatedDocument).text).toBe('2月1日，华为的营收增长了3%。');
    // The corpus file holds the new document's entities where a fresh run puts them.
    const fresh = join(dir, 'fresh');
    expect(runCli(['annotate', corpus, '-o', fresh, '-j', '1']).status).toBe(0);
    expectSameFiles(out, fresh);

    writeFileSync(join(corpus, 'metadata.csv'), 'file,date\nt000.txt,2024-01-01\n');
    expect(run()).toEqual({ done: 1, skipped: 9, failed: 0 });
    expect((JSON.parse(readFileSync(join(out, 't000.json'), 'utf8')) as AnnotatedDocument).refDate).toBe('2024-01-01');

    rmSync(join(out, 't002.tokens.csv'));
    expect(run()).toEqual({ done: 1, skipped: 9, failed: 0 });
    expect(run('--force')).toEqual({ done: 10, skipped: 0, failed: 0 });
    expect(run('--ref-date', '2025-01-01')).toEqual({ done: 10, skipped: 0, failed: 0 });
    const m = JSON.parse(readFileSync(join(out, MANIFEST_NAME), 'utf8')) as Manifest;
    expect(m.options).toEqual({ formats: ['json', 'csv'], refDate: '2025-01-01', maxSentence: 2000 });
    expect(m.pipeline.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(m.inputs.map((e) => e.input)).toEqual(['records.jsonl', 'sub/t001.txt', 'sub/t003.txt', 't000.txt', 't002.txt'].map((f) => join(corpus, f)));
  });
});

describe('stopped runs', () => {
  let corpus: string;
  let reference: string;
  beforeAll(() => {
    const dir = tempDir();
    corpus = join(dir, 'in');
    writeCorpus(corpus, { txt: 30, records: 150, sentences: 10 });
    reference = join(dir, 'reference');
    expect(runCli(['annotate', corpus, '-o', reference, '-j', '1', ...ALL_FORMATS]).status).toBe(0);
  });

  /** Start a run and send `signal` once its first output file is whole. */
  async function stopMidway(signal: NodeJS.Signals) {
    const out = join(tempDir(), 'out');
    const { child, exited } = startCli(['annotate', corpus, '-o', out, '-j', '2', ...ALL_FORMATS]);
    let running = true;
    void exited.then(() => (running = false));
    const midway = await waitFor(() => existsSync(join(out, 't000.json')), () => running);
    if (midway) child.kill(signal);
    return { out, midway, result: await exited };
  }

  it('killed (SIGKILL) leave only whole files, and a rerun finishes with the same results', async () => {
    const { out, midway } = await stopMidway('SIGKILL');
    expect(midway).toBe(true);
    expect(filesBelow(out)).not.toEqual(filesBelow(reference));
    for (const f of filesBelow(out).filter((f) => !f.includes('.partial-'))) await parseOutput(join(out, f));
    const r = runCli(['annotate', corpus, '-o', out, '-j', '2', ...ALL_FORMATS]);
    expect(r.status, r.stderr).toBe(0);
    expectSameFiles(out, reference);
  });

  it('interrupted (SIGINT) finish or drop what is in flight, save the manifest and exit 130', async () => {
    const { out, midway, result } = await stopMidway('SIGINT');
    expect(midway).toBe(true);
    expect(result.status, result.stderr).toBe(130);
    expect(filesBelow(out).filter((f) => f.includes('.partial-'))).toEqual([]);
    for (const f of filesBelow(out)) await parseOutput(join(out, f));
    const saved = JSON.parse(readFileSync(join(out, MANIFEST_NAME), 'utf8')) as Manifest;
    expect(saved.inputs.length).toBeGreaterThan(0);
    for (const e of saved.inputs) for (const f of e.outputs) expect(existsSync(join(out, f)), f).toBe(true);
    const r = runCli(['annotate', corpus, '-o', out, '-j', '2', ...ALL_FORMATS]);
    expect(r.status, r.stderr).toBe(0);
    expect(summary(r.stderr)?.skipped).toBe(saved.inputs.reduce((n, e) => n + e.documents, 0));
    expectSameFiles(out, reference);
  });
});

describe('bad input', () => {
  it('is reported with file, line and cause, listed in errors.csv, and the rest is annotated', async () => {
    const dir = tempDir();
    const corpus = join(dir, 'in');
    mkdirSync(corpus);
    const w = (name: string, data: string | Buffer) => writeFileSync(join(corpus, name), data);
    w('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    w('bad-utf8.txt', Buffer.concat([Buffer.from('营收增长'), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from('了3%。')]));
    w('empty.txt', '');
    w('blank.jsonl', '\n\n');
    symlinkSync(join(corpus, 'no-such-target.txt'), join(corpus, 'unreadable.txt'));
    w('good.txt', '2025年2月1日，华为的营收增长了3%。');
    // 20 000 characters on one line without punctuation, cut into sentences of at most 500.
    const long = Array.from({ length: 2000 }, (_, i) => (i % 7 === 0 ? '营收增长了百分之三 ' : '华为公司发布新款手机')).join('');
    w('long.txt', long);
    w('records.jsonl', Buffer.concat([
      Buffer.from(['{"id":"a","text":"增长3%"}', 'not json', '{"id":"b"}', '{"id":"a","text":"重复"}', ''].join('\n')),
      Buffer.from('{"id":"c","text":"增长'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n'),
      Buffer.from('{"id":"d","text":"下降5%"}\n'),
    ]));
    const out = join(dir, 'out');
    const r = runCli(['annotate', corpus, '-o', out, '-j', '2', '--max-sentence', '500', ...ALL_FORMATS]);
    expect(r.status).toBe(1);
    const expected: [string, RegExp][] = [
      ['bad-utf8.txt', /not valid UTF-8, and not recognisable as Big5 or GBK/],
      ['binary.txt', /binary file/],
      ['blank.jsonl', /empty file/],
      ['empty.txt', /empty file/],
      ['records.jsonl:2', /not valid JSON/],
      ['records.jsonl:3', /no "text"/],
      ['records.jsonl:4', /duplicate id "a"/],
      ['records.jsonl:5', /not valid UTF-8/],
      ['unreadable.txt', /cannot read the file \(ENOENT\)/],
    ];
    const errors = await parseCsv(readFileSync(join(out, 'errors.csv'), 'utf8'));
    expect(errors.map((e) => e.input.slice(corpus.length + 1)).sort()).toEqual(expected.map(([f]) => f));
    for (const [where, cause] of expected) {
      expect(errors.find((e) => e.input === join(corpus, where))?.cause).toMatch(cause);
      expect(r.stderr).toContain(join(corpus, where));
    }
    expect(summary(r.stderr)).toEqual({ done: 4, skipped: 0, failed: 9 });
    const records = readFileSync(join(out, 'records.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as AnnotatedDocument).id);
    expect(records).toEqual(['a', 'd']);
    const longDoc = JSON.parse(readFileSync(join(out, 'long.json'), 'utf8')) as AnnotatedDocument;
    expect(longDoc.sentences.length).toBeGreaterThanOrEqual(40);
    for (const s of longDoc.sentences) expect(s.end - s.start).toBeLessThanOrEqual(500);
    expect(longDoc.tokens.map((t) => t.text).join('')).toBe(long.replaceAll(' ', ''));
    // A rerun does not skip inputs that had failures, so their errors are listed again.
    const again = runCli(['annotate', corpus, '-o', out, '-j', '1', '--max-sentence', '500', ...ALL_FORMATS]);
    expect(summary(again.stderr)).toEqual({ done: 2, skipped: 2, failed: 9 });
  });

  it('an output folder that cannot be written stops the run with a clear message', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-file'), '');
    const r = runCli(['annotate', 'corpus', '-o', join(dir, 'a-file', 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot write the output folder .*a-file\/out: ENOTDIR/);
  });

  it('an output folder inside the input folder is not read as input on a rerun', () => {
    const corpus = join(tempDir(), 'in');
    writeCorpus(corpus, { txt: 1, records: 2 });
    for (let i = 0; i < 2; i++) {
      const r = runCli(['annotate', corpus, '-o', join(corpus, 'out'), '-j', '1']);
      expect(r.status, r.stderr).toBe(0);
      expect(summary(r.stderr)).toEqual(i === 0 ? { done: 3, skipped: 0, failed: 0 } : { done: 0, skipped: 3, failed: 0 });
    }
  });

  it('inputs whose output files would collide: the later one fails', () => {
    const dir = tempDir();
    const corpus = join(dir, 'in');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'a.txt'), '增长3%。');
    writeFileSync(join(corpus, 'a.jsonl'), '{"id":"x","text":"增长3%"}\n');
    const r = runCli(['annotate', corpus, '-o', join(dir, 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/a\.txt: its output a\.tokens\.csv would overwrite that of .*a\.jsonl/);
  });
});

describe('the default number of worker threads', () => {
  const MB = 1024 * 1024;
  it.each([
    [0, 4, 1],
    [6 * MB, 4, 1],
    [8 * MB, 4, 1],
    [8 * MB + 1, 4, 2],
    [20 * MB, 4, 3],
    [100 * MB, 2, 2],
    [100 * MB, 1, 1],
  ])('%d bytes on %d cores: %d', (bytes, cores, jobs) => {
    expect(defaultJobs(bytes, cores)).toBe(jobs);
  });

  it('is the number of cores for standard input, whose size is unknown', () => {
    expect(defaultJobs(null, 3)).toBe(3);
  });
});
