// Each writer, read back: the spans are those of the document it was given.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate, type AnnotatedDocument } from '../src/index.js';
import { copyBody, prettyJsonAsLine } from '../src/write/corpus.js';
import { TOKEN_COLUMNS } from '../src/write/csv.js';
import { documentJson, documentJsonLine } from '../src/write/json.js';
import { writeWhole } from '../src/write/files.js';
import { unitFiles } from '../src/write/writers.js';
import { generator } from './helpers/corpus.js';
import { parseCsv, tempDir } from './helpers/cli.js';

/** Rendered pieces, text or UTF-8 bytes, as one string. */
const joined = (pieces: readonly (string | Uint8Array)[]) => pieces.map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString('utf8'))).join('');

const g = generator(3);
const DOCS: AnnotatedDocument[] = Array.from({ length: 4 }, (_, i) =>
  annotate(i === 0 ? '𠀋据報道，華為營收增長了3%。\n\n  2月1日發布！' : g.text(8), { id: `d${i}`, source: `in/d${i}.txt`, refDate: '2025-02-19' }),
);

/** A document's files as a writer writes them for a unit of the given kind. */
async function render(format: string, doc: AnnotatedDocument, kind: 'text' | 'records' = 'text'): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of unitFiles([format], kind)) out[f.suffix] = (await f.header()) + joined(await f.render(doc));
  return out;
}

const TOKEN_HEADER = TOKEN_COLUMNS.join(',') + '\n';
const spans = (xs: { start: number; end: number }[]) => xs.map((x) => [x.start, x.end]);
const entitySpans = (doc: AnnotatedDocument) => doc.entities.map((e) => [e.start, e.end, e.label, e.text, e.rule]);

/** Entity spans rebuilt from BIO tags over tokens with offsets. */
function fromBio(rows: { start: number; end: number; tag: string }[]): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (const r of rows) {
    if (r.tag.startsWith('B-')) out.push([r.start, r.end, r.tag.slice(2)]);
    else if (r.tag.startsWith('I-')) out[out.length - 1][1] = r.end;
  }
  return out;
}

describe.each(DOCS.map((d) => [d.id, d] as const))('writers read back, document %s', (_, doc) => {
  it('json and jsonl: the same document, in one piece or many', async () => {
    expect(JSON.parse((await render('json', doc))['.json'])).toEqual(doc);
    expect(JSON.parse((await render('json', doc, 'records'))['.jsonl'])).toEqual(doc);
  });

  it('csv: token rows and entity rows give the spans, BIO tags the entities', async () => {
    const files = await render('csv', doc);
    const tokens = await parseCsv(files['.tokens.csv']);
    expect(tokens.map((r) => [Number(r.start), Number(r.end)])).toEqual(spans(doc.tokens));
    expect(tokens.map((r) => [r.token, r.pos])).toEqual(doc.tokens.map((t) => [t.text, t.pos]));
    expect(fromBio(tokens.map((r) => ({ start: Number(r.start), end: Number(r.end), tag: r.entity })))).toEqual(doc.entities.map((e) => [e.start, e.end, e.label]));
    const entities = await parseCsv(files['.entities.csv']);
    expect(entities.map((r) => [Number(r.start), Number(r.end), r.label, r.text, r.rule])).toEqual(entitySpans(doc));
    expect(entities.every((r) => r.doc === doc.id && r.source === doc.source)).toBe(true);
  });

  it('conll: sentences, tokens and BIO entities, offsets rebuilt from the sentence text', async () => {
    const blocks = (await render('conll', doc))['.conll'].split('\n\n').filter((b) => b.trim() !== '');
    expect(blocks).toHaveLength(new Set(doc.tokens.map((t) => doc.sentences.findIndex((s) => t.start >= s.start && t.start < s.end))).size);
    const rows: { start: number; end: number; token: string; pos: string; tag: string }[] = [];
    for (const block of blocks) {
      const lines = block.split('\n');
      expect(lines[0]).toBe(`# doc_id = ${doc.id}`);
      const text = lines.find((l) => l.startsWith('# text = '))!.slice('# text = '.length);
      const sentence = doc.sentences.find((s) => [...doc.text].slice(s.start, s.end).join('') === text)!;
      const cps = [...text];
      let at = 0;
      for (const line of lines.filter((l) => !l.startsWith('# '))) {
        const [original, token, pos, tag] = line.split('\t');
        while (/\s/.test(cps[at])) at++;
        const length = [...original].length;
        expect(cps.slice(at, at + length).join('')).toBe(original);
        rows.push({ start: sentence.start + at, end: sentence.start + at + length, token, pos, tag });
        at += length;
      }
    }
    expect(spans(rows)).toEqual(spans(doc.tokens));
    expect(rows.map((r) => [r.token, r.pos])).toEqual(doc.tokens.map((t) => [t.text, t.pos]));
    expect(fromBio(rows)).toEqual(doc.entities.map((e) => [e.start, e.end, e.label]));
  });
});

describe('the region in the document JSON', () => {
  const text = '2024年国庆节，北京的营收增长了3%。';
  it.each(['CN', 'TW', 'HK', 'MO'] as const)('region %s is one line after refDate, and without it the file is as before', (region) => {
    const plain = joined(documentJson(annotate(text, { refDate: '2025-02-19' })));
    const withRegion = joined(documentJson(annotate(text, { refDate: '2025-02-19', region })));
    expect(plain).not.toContain('"region"');
    const lines = withRegion.split('\n');
    const at = lines.indexOf(`  "region": "${region}",`);
    expect(lines[at - 1]).toBe('  "refDate": "2025-02-19",');
    // Simplified text converts alike everywhere; only 国庆节's date may differ (Taiwan's is 10-10).
    const rest = [...lines.slice(0, at), ...lines.slice(at + 1)].join('\n');
    expect(rest.replace('2024-10-10', '2024-10-01')).toBe(plain);
    expect(rest.includes('2024-10-10')).toBe(region === 'TW');
    const line = JSON.parse(joined(documentJsonLine(annotate(text, { region })))) as AnnotatedDocument;
    expect(line.region).toBe(region);
  });
});

describe('corpus files', () => {
  it('entities.csv and documents.jsonl are the per-document files joined in order', async () => {
    const dir = tempDir();
    const paths = await Promise.all(
      DOCS.map(async (d) => {
        const files = { ...(await render('csv', d)), ...(await render('json', d)) };
        writeFileSync(join(dir, `${d.id}.entities.csv`), files['.entities.csv']);
        writeFileSync(join(dir, `${d.id}.json`), files['.json']);
        return d.id;
      }),
    );
    await writeWhole(join(dir, 'entities.csv'), (fd) => paths.forEach((p) => copyBody(join(dir, `${p}.entities.csv`), fd)));
    await writeWhole(join(dir, 'documents.jsonl'), (fd) => paths.forEach((p) => prettyJsonAsLine(join(dir, `${p}.json`), fd)));
    const rows = await parseCsv('doc,source,start,end,label,text,simplified,value,unit,currency,type,mod,lower,upper,anchor,rule\n' + readFileSync(join(dir, 'entities.csv'), 'utf8'));
    expect(rows.map((r) => [r.doc, Number(r.start), Number(r.end), r.label])).toEqual(DOCS.flatMap((d) => d.entities.map((e) => [d.id, e.start, e.end, e.label])));
    expect(readFileSync(join(dir, 'documents.jsonl'), 'utf8')).toBe(DOCS.map((d) => joined(documentJsonLine(d))).join(''));
  });
});

describe('the JSON of entities, written field by field', () => {
  const values: Record<string, unknown>[] = [
    { type: 'DATE', value: null, anchor: 'ref', relative: { unit: 'day', offset: -1 } },
    { type: 'DURATION', value: 'P3Y', mod: 'MORE_THAN' },
    { value: -2.5e-7, unit: 'kg', lower: 1e21, upper: -0 },
    { value: Number.NaN, currency: 'USD', upper: Infinity },
    { value: 3, unit: 'quote " back\\slash \n line \u0001 \ud800' },
    { type: 'SET', value: 'XXXX-WXX-1', extra: [1, 'a'], flag: true, skipped: undefined },
  ];
  it.each(values.map((v) => [JSON.stringify(v), v] as const))('as JSON.stringify writes them: %s', (_, value) => {
    const doc = { ...DOCS[0], entities: [{ ...DOCS[0].entities[0], value: value as never, rule: 'r"1' }, { ...DOCS[0].entities[0], value: undefined }] };
    expect(joined(documentJsonLine(doc))).toBe(JSON.stringify(doc) + '\n');
  });
});

describe('a document of tens of thousands of tokens', () => {
  const big = annotate(generator(11).text(2500), { id: 'big', source: 'in/big.txt', refDate: '2025-02-19' });

  it('is rendered in several pieces that join to the same files', async () => {
    expect(big.tokens.length).toBeGreaterThan(20_000);
    const pieces = async (format: string, suffix: string, kind: 'text' | 'records' = 'text') => unitFiles([format], kind).find((f) => f.suffix === suffix)!.render(big);
    const line = await pieces('json', '.jsonl', 'records');
    expect(line.length).toBeGreaterThan(1);
    expect(joined(line)).toBe(JSON.stringify(big) + '\n');
    const pretty = await pieces('json', '.json');
    expect(pretty.length).toBeGreaterThan(1);
    expect(JSON.parse(joined(pretty))).toEqual(big);
    const tokens = await pieces('csv', '.tokens.csv');
    expect(tokens.length).toBeGreaterThan(1);
    expect((await parseCsv(TOKEN_HEADER + joined(tokens))).map((r) => [Number(r.start), Number(r.end)])).toEqual(spans(big.tokens));
    // Each byte piece owns exactly its bytes: a worker's postMessage copies a view's whole buffer.
    for (const piece of [...line, ...pretty, ...tokens]) if (typeof piece !== 'string') expect(piece.buffer.byteLength).toBe(piece.byteLength);
    const conll = joined(await pieces('conll', '.conll'));
    expect(conll.endsWith('\n\n')).toBe(true);
    expect(conll.split('\n').filter((l) => l !== '' && !l.startsWith('# ')).length).toBe(big.tokens.length);
  });

  it('its pretty JSON file becomes the one-line form line by line', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.json'), joined(documentJson(big)));
    await writeWhole(join(dir, 'big.jsonl'), (fd) => prettyJsonAsLine(join(dir, 'big.json'), fd));
    expect(readFileSync(join(dir, 'big.jsonl'), 'utf8')).toBe(joined(documentJsonLine(big)));
  });
});
