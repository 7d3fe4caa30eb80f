// Every gazetteer and rule table under resources/names/ parses and says where it comes from.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resourcePath } from '../src/resources.js';

const DIR = resourcePath('names');
const LABELS = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'PRODUCT']);
const files = readdirSync(DIR).filter((f) => f.endsWith('.tsv') || f.endsWith('.txt'));

function parts(file: string) {
  const lines = readFileSync(`${DIR}/${file}`, 'utf8').split('\n');
  const header = lines.filter((l) => l.startsWith('#')).join('\n');
  const rows = lines.filter((l) => l.trim() !== '' && !l.startsWith('#')).map((l) => l.split('\t'));
  return { header, rows };
}

describe('resources/names', () => {
  it('has the gazetteers the stage reads', () => {
    for (const f of ['places-china.tsv', 'places-countries.tsv', 'places-world.tsv', 'organisations.tsv', 'products.tsv', 'surnames.txt']) {
      expect(files).toContain(f);
    }
  });

  it.each(files)('%s names its source and licence in a header comment', (file) => {
    const { header } = parts(file);
    expect(header).toMatch(/Source: \S/);
    expect(header).toMatch(/licence: (MIT|CC|public domain)/i);
  });

  it.each(files)('%s has rows, each with the same number of non-empty fields', (file) => {
    const { rows } = parts(file);
    expect(rows.length).toBeGreaterThan(0);
    const width = rows[0].length;
    for (const r of rows) {
      expect(r.length, r.join('|')).toBe(width);
      for (const f of r) expect(f.trim(), r.join('|')).not.toBe('');
    }
  });

  it.each(files.filter((f) => f.startsWith('places') || f === 'organisations.tsv' || f === 'products.tsv' || f === 'place-suffixes.tsv'))(
    '%s labels every row with a name label',
    (file) => {
      for (const r of parts(file).rows) expect(LABELS.has(r[1]), r.join('|')).toBe(true);
    },
  );

  it('lists China at every level with short forms, from the division data', () => {
    const rows = new Map(parts('places-china.tsv').rows.map((r) => [r[0], r]));
    expect(rows.get('北京市')?.slice(1)).toEqual(['GPE', 'province', 'full']);
    expect(rows.get('北京')?.[3]).toBe('short');
    expect(rows.get('广西')?.[3]).toBe('short'); // 广西壮族自治区 without the ethnic qualifier
    expect(rows.get('苏州')?.[2]).toBe('city');
    expect(rows.has('市辖区')).toBe(false);
  });

  it('has the Chinese country names', () => {
    const names = new Set(parts('places-countries.tsv').rows.map((r) => r[0]));
    for (const n of ['美国', '日本', '德国', '巴西']) expect(names).toContain(n);
  });
});
