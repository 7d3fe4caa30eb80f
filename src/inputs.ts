// What the annotate command reads: .txt files (one document each), .jsonl files (one document a
// line) and JSON lines on standard input, with reference dates and regions from metadata.csv.
import type { Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseString } from 'fast-csv';
import { glob, isDynamicPattern } from 'tinyglobby';
import { decode, DecodeError } from './stages/decode.js';
import { isRegion, REGIONS, type DocInit, type Region } from './doc.js';

/** A problem with one input: the file (and line) and a plain cause. */
export class InputError extends Error {
  constructor(readonly where: string, readonly cause_: string) {
    super(`${where}: ${cause_}`);
  }
}

export interface Metadata {
  date?: string;
  region?: Region;
  title?: string;
  source?: string;
}

/** One file to annotate, or standard input. */
export interface InputUnit {
  /** The path as the user named it (joined with the file's path below a named folder). */
  path: string;
  /** Where its output goes, relative to the output folder, without extension. */
  outputStem: string;
  kind: 'text' | 'records';
}

/** A reference date, or a publication time to the minute (relative times of day need it). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T(?:[01]\d|2[0-3]):[0-5]\d)?$/;

/** 2025-02-30 matches the pattern but is no day (Date.parse would roll it over to March). */
function isCalendarDate(date: string): boolean {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

export function checkDate(date: string, where: string): string {
  if (!ISO_DATE.test(date) || !isCalendarDate(date)) throw new InputError(where, `date "${date}" is not YYYY-MM-DD or YYYY-MM-DDTHH:MM`);
  return date;
}

/** A region code, in any case (tw, TW); stored upper-case. */
export function checkRegion(region: string, where: string): Region {
  const code = region.toUpperCase();
  if (!isRegion(code)) throw new InputError(where, `region "${region}" is not one of ${REGIONS.join(', ')}`);
  return code;
}

/**
 * The units below the named inputs, in a stable order: folders recursively, sorted by path.
 * The output folder is left out when it lies below an input folder, so that a rerun does not
 * read its own output.
 */
export async function listInputs(inputs: readonly string[], outputFolder?: string): Promise<{ units: InputUnit[]; errors: InputError[] }> {
  const skip = outputFolder === undefined ? undefined : resolve(outputFolder);
  const units: InputUnit[] = [];
  const errors: InputError[] = [];
  for (const input of inputs) {
    if (input === '-') {
      units.push({ path: '-', outputStem: 'stdin', kind: 'records' });
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch {
      if (!isDynamicPattern(input)) {
        errors.push(new InputError(input, 'no such file or folder'));
        continue;
      }
      // A pattern the shell left alone (quoted, or on Windows): expand it ourselves.
      const files = (await glob(input, { onlyFiles: true, expandDirectories: false })).filter(isInputFile).sort();
      if (files.length === 0) errors.push(new InputError(input, 'no .txt or .jsonl file matches this pattern'));
      const base = staticBase(input);
      for (const file of files) units.push(unitFor(toPosix(file), toPosix(relative(base, file))));
      continue;
    }
    if (info.isDirectory()) {
      for (const file of await walk(input, skip)) {
        const rel = relative(input, file);
        units.push(unitFor(toPosix(file), toPosix(rel)));
      }
    } else {
      units.push(unitFor(toPosix(input), basename(input)));
    }
  }
  return { units, errors };
}

function unitFor(path: string, rel: string): InputUnit {
  const ext = extname(rel);
  return { path, outputStem: rel.slice(0, rel.length - ext.length), kind: ext === '.jsonl' ? 'records' : 'text' };
}

async function walk(folder: string, skip: string | undefined): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(folder, e.name);
    if (e.isDirectory()) {
      if (resolve(full) !== skip) out.push(...(await walk(full, skip)));
    }
    // A link is followed; a broken one is listed, so that it is reported as unreadable.
    else if ((e.isFile() || e.isSymbolicLink()) && isInputFile(e.name)) out.push(full);
  }
  return out;
}

const toPosix = (p: string) => p.split('\\').join('/');

const isInputFile = (name: string) => name.endsWith('.txt') || name.endsWith('.jsonl');

/** The folders of a pattern before its first wildcard: outputs are named relative to them. */
function staticBase(pattern: string): string {
  const parts = toPosix(pattern).split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return fixed.length === 0 ? '.' : fixed.join('/') || '/';
}

/**
 * metadata.csv (file,date,title,source,region), keyed by file name; read once per folder. A bad
 * row fails the file it describes, with the metadata file and line.
 */
export class MetadataIndex {
  private readonly byFolder = new Map<string, Promise<Map<string, Metadata | InputError>>>();

  constructor(private readonly explicitFile?: string) {}

  async lookup(path: string): Promise<Metadata | undefined> {
    const file = this.explicitFile ?? join(dirname(path), 'metadata.csv');
    let table = this.byFolder.get(file);
    if (table === undefined) {
      table = readMetadata(file, this.explicitFile !== undefined);
      this.byFolder.set(file, table);
    }
    const row = (await table).get(basename(path));
    if (row instanceof InputError) throw row;
    return row;
  }
}

async function readMetadata(file: string, required: boolean): Promise<Map<string, Metadata | InputError>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    if (required) throw new InputError(file, 'cannot read the metadata file');
    return new Map();
  }
  const rows = new Map<string, Metadata | InputError>();
  await new Promise<void>((resolve, reject) => {
    let line = 1;
    parseString(text, { headers: true, ignoreEmpty: true, trim: true })
      .on('error', (e: Error) => reject(new InputError(file, e.message)))
      .on('data', (row: Record<string, string>) => {
        line++;
        if (!row.file) return;
        const meta: Metadata = {};
        try {
          if (row.date) meta.date = checkDate(row.date, `${file}:${line}`);
          if (row.region) meta.region = checkRegion(row.region, `${file}:${line}`);
        } catch (e) {
          rows.set(row.file, e as InputError);
          return;
        }
        if (row.title) meta.title = row.title;
        if (row.source) meta.source = row.source;
        rows.set(row.file, meta);
      })
      .on('end', () => resolve());
  });
  return rows;
}

interface ReadOptions {
  metadata: MetadataIndex;
  refDate?: string;
  /** The region of documents whose record and metadata row name none. */
  region?: Region;
  /** Fed every byte of the unit as it is read: the input's hash for the manifest. */
  hash?: Hash;
}

/**
 * A document read from a unit, or the error that stopped one record of it; `bytes` is how far
 * into the unit it ends, for progress.
 */
export type ReadResult = ({ ok: true; init: DocInit } | { ok: false; error: InputError }) & { bytes: number };

/** The documents of a unit, in order. A failure of the whole unit throws InputError. */
export async function* readUnit(unit: InputUnit, options: ReadOptions): AsyncGenerator<ReadResult> {
  if (unit.kind === 'text') {
    yield await readText(unit, options);
    return;
  }
  const meta = unit.path === '-' ? undefined : await options.metadata.lookup(unit.path);
  const seen = new Set<string>();
  let records = 0;
  for await (const { line, n, bytes } of byteLines(unit, options.hash)) {
    const where = `${unit.path}:${n}`;
    if (line.includes(0)) {
      if (n === 1) throw new InputError(unit.path, 'binary file (it contains NUL bytes)');
      yield { ok: false, error: new InputError(where, 'binary data (NUL bytes)'), bytes };
      continue;
    }
    let text: string;
    try {
      text = utf8.decode(line);
    } catch {
      yield { ok: false, error: new InputError(where, 'not valid UTF-8 (JSON lines must be UTF-8)'), bytes };
      continue;
    }
    if (text.trim() === '') continue;
    records++;
    const record = parseRecord(text, where, n);
    if (record instanceof InputError) {
      yield { ok: false, error: record, bytes };
      continue;
    }
    if (seen.has(record.id)) {
      yield { ok: false, error: new InputError(where, `duplicate id "${record.id}"`), bytes };
      continue;
    }
    seen.add(record.id);
    const region = record.region ?? meta?.region ?? options.region;
    yield { ok: true, init: { ...record, source: where, refDate: record.refDate ?? meta?.date ?? options.refDate ?? null, ...(region === undefined ? {} : { region }) }, bytes };
  }
  if (records === 0) throw new InputError(unit.path, 'empty file (no records)');
}

async function readText(unit: InputUnit, options: ReadOptions): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(unit.path);
  } catch (e) {
    throw unreadable(unit, e);
  }
  options.hash?.update(bytes);
  let text: string;
  try {
    text = decode(bytes).text;
  } catch (e) {
    if (e instanceof DecodeError) throw new InputError(unit.path, e.message);
    throw e;
  }
  const meta = await options.metadata.lookup(unit.path);
  const extra: Record<string, unknown> = {};
  if (meta?.title) extra.title = meta.title;
  if (meta?.source) extra.source = meta.source;
  const region = meta?.region ?? options.region;
  return {
    ok: true,
    init: {
      id: basename(unit.outputStem),
      text,
      source: unit.path,
      refDate: meta?.date ?? options.refDate ?? null,
      ...(region === undefined ? {} : { region }),
      ...(Object.keys(extra).length > 0 ? { meta: extra } : {}),
    },
    bytes: bytes.length,
  };
}

const unreadable = (unit: InputUnit, e: unknown) =>
  new InputError(unit.path, `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const READ_CHUNK = 1 << 20;

/**
 * The lines of a file or standard input as bytes (without the line end), numbered from 1, each
 * with the byte offset after it. Read chunk by chunk: the consumer's pace holds the reading back.
 */
async function* byteLines(unit: InputUnit, hash: Hash | undefined): AsyncGenerator<{ line: Buffer; n: number; bytes: number }> {
  const stream = unit.path === '-' ? process.stdin : createReadStream(unit.path, { highWaterMark: READ_CHUNK });
  let pending: Buffer[] = [];
  let n = 0;
  let offset = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      hash?.update(chunk);
      let from = 0;
      for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
        pending.push(chunk.subarray(from, nl));
        offset += nl + 1 - from;
        from = nl + 1;
        yield { line: withoutCr(pending.length === 1 ? pending[0] : Buffer.concat(pending)), n: ++n, bytes: offset };
        pending = [];
      }
      if (from < chunk.length) {
        pending.push(chunk.subarray(from));
        offset += chunk.length - from;
      }
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw unreadable(unit, e);
  }
  if (pending.length > 0) yield { line: withoutCr(Buffer.concat(pending)), n: ++n, bytes: offset };
}

const withoutCr = (line: Buffer) => (line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line);

/** A record's optional string field, checked; absent or null gives undefined. */
function optionalField<T>(name: string, value: unknown, check: (value: string, where: string) => T, where: string): T | undefined | InputError {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return new InputError(where, `"${name}" is not a string`);
  try {
    return check(value, where);
  } catch (e) {
    return e as InputError;
  }
}

function parseRecord(line: string, where: string, n: number): DocInit | InputError {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return new InputError(where, 'not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return new InputError(where, 'not a JSON object');
  const { id, text, date, region, ...rest } = value as Record<string, unknown>;
  if (typeof text !== 'string') return new InputError(where, 'no "text" string');
  if (text.trim() === '') return new InputError(where, 'empty "text"');
  const refDate = optionalField('date', date, checkDate, where);
  if (refDate instanceof InputError) return refDate;
  const docRegion = optionalField('region', region, checkRegion, where);
  if (docRegion instanceof InputError) return docRegion;
  const docId = typeof id === 'string' || typeof id === 'number' ? String(id) : `line-${n}`;
  const init: DocInit = { id: docId, text: text.replace(/^\uFEFF/, '') };
  if (refDate !== undefined) init.refDate = refDate;
  if (docRegion !== undefined) init.region = docRegion;
  if (Object.keys(rest).length > 0) init.meta = rest;
  return init;
}
