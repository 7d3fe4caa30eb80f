import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { AnnotatedDocument } from '../src/index.js';
import { runCli, tempDir } from './helpers/cli.js';

describe('annotate from the command line', () => {
  it('reads JSON lines on standard input and writes one document per line, in order, and nothing else', () => {
    const input = [
      JSON.stringify({ id: 'a', text: '去年增长了3%。', date: '2025-02-19' }),
      JSON.stringify({ id: 'b', text: '2月1日发布。' }),
    ].join('\n');
    const r = runCli(['annotate', '-', '-o', '-', '--ref-date', '2024-06-30'], input);
    expect(r.status, r.stderr).toBe(0);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as AnnotatedDocument);
    expect(docs.map((d) => d.id)).toEqual(['a', 'b']);
    expect(docs[0].refDate).toBe('2025-02-19'); // the record's own date wins
    expect(docs[1].refDate).toBe('2024-06-30');
    expect(docs[1].entities[0]).toMatchObject({ label: 'DATE', value: { value: '2024-02-01' } });
  });

  it('reads a folder of .txt and .jsonl files in Big5, GBK and UTF-16, and names each bad file', () => {
    const dir = tempDir();
    const corpus = join(dir, 'in');
    mkdirSync(join(corpus, 'sub'), { recursive: true });
    writeFileSync(join(corpus, 'big5.txt'), iconv.encode('據記者了解，這家企業的財力說明了一切，營收增長了3%。', 'big5'));
    writeFileSync(join(corpus, 'sub', 'gbk.txt'), iconv.encode('据记者了解，这家企业的财力说明了一切，营收增长了3%。', 'gbk'));
    writeFileSync(join(corpus, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('营收增长了3%。', 'utf16le')]));
    writeFileSync(join(corpus, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    writeFileSync(join(corpus, 'empty.txt'), '');
    writeFileSync(join(corpus, 'records.jsonl'), ['{"id":"r1","text":"增长3%"}', 'not json', '{"id":"r2"}', '{"id":"r1","text":"重复"}'].join('\n'));
    const out = join(dir, 'out');
    const r = runCli(['annotate', corpus, '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/binary\.txt: binary file/);
    expect(r.stderr).toMatch(/empty\.txt: empty file/);
    expect(r.stderr).toMatch(/records\.jsonl:2: not valid JSON/);
    expect(r.stderr).toMatch(/records\.jsonl:3: no "text"/);
    expect(r.stderr).toMatch(/records\.jsonl:4: duplicate id "r1"/);
    const big5 = JSON.parse(readFileSync(join(out, 'big5.json'), 'utf8')) as AnnotatedDocument;
    expect(big5.text.startsWith('據記者了解')).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'sub', 'gbk.json'), 'utf8')).text.startsWith('据记者了解')).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'utf16.json'), 'utf8')).text).toBe('营收增长了3%。');
    expect(existsSync(join(out, 'binary.json'))).toBe(false);
    expect(readFileSync(join(out, 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['r1']);
    expect(readFileSync(join(out, 'errors.csv'), 'utf8')).toMatch(/binary\.txt/);
    expect(readdirSync(out).some((f) => f.includes('.partial-'))).toBe(false);
  });

  it('says what is wrong with its arguments and exits 2', () => {
    const r = runCli(['annotate', '--ref-date', '19-02-2025']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/YYYY-MM-DD/);
    expect(runCli(['annotate', '--format', 'xml', '-o', tempDir()]).status).toBe(2);
    const jobs = runCli(['annotate', '--jobs', '0', '-o', tempDir()]);
    expect(jobs.status).toBe(2);
    expect(jobs.stderr).toMatch(/--jobs must be an integer of at least 1/);
    const metadata = runCli(['annotate', '--metadata', '/nonexistent/metadata.csv', '-o', tempDir()]);
    expect(metadata.status).toBe(2);
    expect(metadata.stderr).toMatch(/\/nonexistent\/metadata\.csv: cannot read the metadata file/);
  });

  it('takes a publication time as reference, and rejects a day that does not exist', () => {
    const input = JSON.stringify({ id: 'a', text: '两小时前，系统恢复。' });
    const r = runCli(['annotate', '-', '-o', '-', '--ref-date', '2025-02-19T10:30'], input);
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as AnnotatedDocument;
    expect(doc.refDate).toBe('2025-02-19T10:30');
    expect(doc.entities[0]).toMatchObject({ text: '两小时前', value: { value: '2025-02-19T08:30' } });
    for (const bad of ['2025-02-30', '2025-02-19T24:00', '2025-2-19']) expect(runCli(['annotate', '-', '-o', '-', '--ref-date', bad], input).status).toBe(2);
  });

  it('takes a region from --region, a record or metadata.csv, writes it only when given, and rejects an unknown one', () => {
    const input = [
      JSON.stringify({ id: 'a', text: '2024年國慶節' }),
      JSON.stringify({ id: 'b', text: '2024年國慶節', region: 'HK' }),
    ].join('\n');
    const values = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as AnnotatedDocument).map((d) => [d.region, d.entities[0].value]);
    const tw = runCli(['annotate', '-', '-o', '-', '--region', 'tw'], input);
    expect(tw.status, tw.stderr).toBe(0);
    expect(values(tw.stdout)).toEqual([['TW', { type: 'DATE', value: '2024-10-10' }], ['HK', { type: 'DATE', value: '2024-10-01' }]]);
    const none = runCli(['annotate', '-', '-o', '-'], input);
    expect(none.stdout.split('\n')[0]).not.toContain('"region"');
    expect(values(none.stdout)).toEqual([[undefined, { type: 'DATE', value: '2024-10-01' }], ['HK', { type: 'DATE', value: '2024-10-01' }]]);

    const bad = runCli(['annotate', '-', '-o', '-', '--region', 'ROC'], input);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--region.*region "ROC" is not one of CN, TW, HK, MO/);

    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), '2024年國慶節');
    writeFileSync(join(dir, 'in', 'b.txt'), '2024年國慶節');
    writeFileSync(join(dir, 'in', 'metadata.csv'), 'file,region\na.txt,TW\nb.txt,Taiwan\n');
    const r = runCli(['annotate', 'in', '-o', 'out', '--region', 'MO'], undefined, dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/in\/metadata\.csv:3: region "Taiwan" is not one of CN, TW, HK, MO/);
    const a = JSON.parse(readFileSync(join(dir, 'out', 'a.json'), 'utf8')) as AnnotatedDocument;
    expect([a.region, a.entities[0].value]).toEqual(['TW', { type: 'DATE', value: '2024-10-10' }]);
    expect(existsSync(join(dir, 'out', 'b.json'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'zh-annotate-manifest.json'), 'utf8')).options.region).toBe('MO');
  });

  it('expands a quoted pattern and names outputs below its fixed folders', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in', 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'in', 'a', 'x.txt'), '营收增长了3%。');
    writeFileSync(join(dir, 'in', 'a', 'b', 'y.txt'), '2月1日发布。');
    writeFileSync(join(dir, 'in', 'a', 'b', 'skip.md'), '不读');
    const r = runCli(['annotate', 'in/a/**/*.txt', '-o', 'out'], undefined, dir);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'out', 'x.json'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'b', 'y.json'))).toBe(true);
    const none = runCli(['annotate', 'in/nothing/*.txt', '-o', 'out'], undefined, dir);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/in\/nothing\/\*\.txt: no \.txt or \.jsonl file matches/);
  });

  it('reports a missing input and exits 1', () => {
    const r = runCli(['annotate', '/nonexistent/file.txt', '-o', tempDir()]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\/nonexistent\/file\.txt: no such file or folder/);
  });
});
