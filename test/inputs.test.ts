// Reading inputs: the region of a document from its JSON-lines record, its metadata row or the
// run's default, in that order, and a bad region reported with the file and line that gave it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRegion, InputError, MetadataIndex, readUnit, type InputUnit, type ReadResult } from '../src/inputs.js';
import type { Region } from '../src/doc.js';
import { tempDir } from './helpers/cli.js';

async function readAll(unit: InputUnit, metadata: MetadataIndex, region?: Region): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readUnit(unit, { metadata, ...(region === undefined ? {} : { region }) })) out.push(r);
  return out;
}

/** A folder with metadata.csv and one text file and one JSON-lines file. */
function corpus(metadata: string, records: string[]): { dir: string; text: InputUnit; records: InputUnit } {
  const dir = tempDir();
  writeFileSync(join(dir, 'metadata.csv'), metadata);
  writeFileSync(join(dir, 'a.txt'), '國慶節快到了。');
  writeFileSync(join(dir, 'b.jsonl'), records.join('\n'));
  return {
    dir,
    text: { path: join(dir, 'a.txt'), outputStem: 'a', kind: 'text' },
    records: { path: join(dir, 'b.jsonl'), outputStem: 'b', kind: 'records' },
  };
}

const regionOf = (r: ReadResult) => (r.ok ? r.init.region : r.error.message);

describe('the region of a document', () => {
  it.each(['CN', 'TW', 'HK', 'MO', 'tw', 'Hk'])('%s is a region', (code) => {
    expect(checkRegion(code, 'x')).toBe(code.toUpperCase());
  });

  it.each(['', 'US', 'ZH', 'Taiwan', 'T W'])('"%s" is not, and the error names where it came from', (code) => {
    expect(() => checkRegion(code, 'metadata.csv:3')).toThrow(InputError);
    expect(() => checkRegion(code, 'metadata.csv:3')).toThrow(/^metadata\.csv:3: region ".*" is not one of CN, TW, HK, MO$/);
  });

  it('comes from the metadata column, else the run\'s default, else none', async () => {
    const c = corpus('file,date,region\na.txt,2024-06-30,tw\nb.jsonl,,HK\n', ['{"id":"r1","text":"国庆"}']);
    expect((await readAll(c.text, new MetadataIndex())).map(regionOf)).toEqual(['TW']);
    expect((await readAll(c.records, new MetadataIndex())).map(regionOf)).toEqual(['HK']);
    const none = corpus('file,date\na.txt,2024-06-30\n', ['{"id":"r1","text":"国庆"}']);
    expect((await readAll(none.text, new MetadataIndex())).map(regionOf)).toEqual([undefined]);
    expect((await readAll(none.text, new MetadataIndex(), 'MO')).map(regionOf)).toEqual(['MO']);
    expect((await readAll(none.records, new MetadataIndex(), 'MO')).map(regionOf)).toEqual(['MO']);
  });

  it('a record\'s own region wins over the metadata row; a bad one fails that record alone', async () => {
    const c = corpus('file,region\nb.jsonl,HK\n', [
      '{"id":"r1","text":"国庆","region":"TW"}',
      '{"id":"r2","text":"国庆"}',
      '{"id":"r3","text":"国庆","region":"Mars"}',
      '{"id":"r4","text":"国庆","region":7}',
    ]);
    const read = await readAll(c.records, new MetadataIndex(), 'MO');
    expect(read.map(regionOf)).toEqual(['TW', 'HK', `${c.records.path}:3: region "Mars" is not one of CN, TW, HK, MO`, `${c.records.path}:4: "region" is not a string`]);
    // The region is a field of the document, not left among the record's other fields.
    expect(read[0].ok && read[0].init.meta).toBeUndefined();
  });

  it('a bad region in metadata.csv fails the file its row describes, naming the metadata file and line', async () => {
    const c = corpus('file,region\nb.jsonl,CN\na.txt,Formosa\n', ['{"id":"r1","text":"国庆"}']);
    const metadata = new MetadataIndex();
    const error = await readAll(c.text, metadata).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(`${join(c.dir, 'metadata.csv')}:3: region "Formosa" is not one of CN, TW, HK, MO`);
    expect((await readAll(c.records, metadata)).map(regionOf)).toEqual(['CN']);
  });
});
