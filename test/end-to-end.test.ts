import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedDocument } from '../src/index.js';
import { MANIFEST_NAME, type Manifest } from '../src/manifest.js';
import { expectOffsetsHold } from './helpers/spans.js';
import { parseCsv, ROOT, runCli, tempDir } from './helpers/cli.js';
const NAME = 'deepseek-r1-industry';

describe('the seed article, end to end', () => {
  let first: string;
  let second: string;
  beforeAll(() => {
    first = tempDir();
    second = tempDir();
    for (const dir of [first, second]) {
      // As `npm start` runs it: from the package root, with the relative folder name.
      const r = runCli(['annotate', 'corpus', '-o', dir]);
      expect(r.status, r.stderr).toBe(0);
    }
  });

  it('writes JSON that parses, with offsets that hold and the metadata reference date', () => {
    const doc = JSON.parse(readFileSync(join(first, `${NAME}.json`), 'utf8')) as AnnotatedDocument;
    expect(doc.refDate).toBe('2025-02-19');
    expect(doc.conversion).toBe('tw');
    expect(doc.text).toBe(readFileSync(join(ROOT, 'corpus', `${NAME}.txt`), 'utf8'));
    expect([...doc.simplified].length).toBe([...doc.text].length);
    expectOffsetsHold(doc);
  });

  it('writes CSV rows that match the JSON', async () => {
    const doc = JSON.parse(readFileSync(join(first, `${NAME}.json`), 'utf8')) as AnnotatedDocument;
    const tokens = await parseCsv(readFileSync(join(first, `${NAME}.tokens.csv`), 'utf8'));
    expect(tokens.length).toBe(doc.tokens.length);
    tokens.forEach((row, i) => {
      const t = doc.tokens[i];
      expect([Number(row.start), Number(row.end), row.token, row.pos]).toEqual([t.start, t.end, t.text, t.pos]);
      expect(row.original).toBe([...doc.text].slice(t.start, t.end).join(''));
    });
    // BIO tags rebuild exactly the entity spans.
    const rebuilt: [number, number, string][] = [];
    for (const row of tokens) {
      if (row.entity.startsWith('B-')) rebuilt.push([Number(row.start), Number(row.end), row.entity.slice(2)]);
      else if (row.entity.startsWith('I-')) rebuilt[rebuilt.length - 1][1] = Number(row.end);
    }
    expect(rebuilt).toEqual(doc.entities.map((e) => [e.start, e.end, e.label]));
    const entities = await parseCsv(readFileSync(join(first, `${NAME}.entities.csv`), 'utf8'));
    expect(entities.map((r) => [Number(r.start), Number(r.end), r.label, r.text, r.rule])).toEqual(
      doc.entities.map((e) => [e.start, e.end, e.label, e.text, e.rule]),
    );
  });

  it('writes the per-document files, the corpus entities.csv and the manifest', async () => {
    expect(readdirSync(first).sort()).toEqual(
      [`${NAME}.entities.csv`, `${NAME}.json`, `${NAME}.tokens.csv`, 'entities.csv', MANIFEST_NAME].sort(),
    );
    // One document: the corpus file is its entities file.
    expect(readFileSync(join(first, 'entities.csv'), 'utf8')).toBe(readFileSync(join(first, `${NAME}.entities.csv`), 'utf8'));
    const manifest = JSON.parse(readFileSync(join(first, MANIFEST_NAME), 'utf8')) as Manifest;
    expect(manifest.inputs).toMatchObject([{ input: `corpus/${NAME}.txt`, documents: 1, failed: 0, metadata: { date: '2025-02-19' } }]);
  });

  it('gives byte-identical output on a second run, and the committed output/ is what a run writes', () => {
    const files = readdirSync(first).sort();
    expect(readdirSync(second).sort()).toEqual(files);
    expect(readdirSync(join(ROOT, 'output')).sort()).toEqual(files);
    for (const f of files) {
      const bytes = readFileSync(join(first, f));
      expect(readFileSync(join(second, f)).equals(bytes), f).toBe(true);
      expect(readFileSync(join(ROOT, 'output', f)).equals(bytes), `output/${f} is stale: run npm start`).toBe(true);
    }
  });
});
