// CSV: UTF-8, a header row, one row a token or an entity. Fields are formatted by fast-csv's
// field formatter, called directly (its streams cost several µs a row, as long as the whole
// pipeline), and rows are written straight into bytes in pieces of bounded size.
import { FormatterOptions } from 'fast-csv';
import { FieldFormatter } from '@fast-csv/format/build/src/formatter/index.js';
import type { AnnotatedDocument } from '../output.js';
import { ByteWriter, stopTable } from './bytes.js';
import { eachTokenRow, ENTITY_COLUMNS } from './rows.js';

export const TOKEN_COLUMNS = ['doc', 'sentence', 'index', 'start', 'end', 'token', 'original', 'pos', 'entity'] as const;

type Row = readonly (string | number)[];

const OPTIONS = new FormatterOptions({});
/** What fast-csv's field formatter changes: it quotes these (`|` too, by its escape pattern) and drops NUL. */
const NEEDS_FORMATTER = /[",\r\n|\0]/;
const FORMATTED = stopTable('",\r\n|\0');
const fieldFormatter = new FieldFormatter(OPTIONS);

/** A text field as fast-csv formats it; the formatter only runs for the rare field it would change. */
function csvField(out: ByteWriter, value: string): void {
  if (!out.textUnless(value, FORMATTED)) out.text(NEEDS_FORMATTER.test(value) ? fieldFormatter.format(value, 0, false) : value);
}

/** A row as fast-csv's row formatter writes it, ended by a newline. */
function csvRow(out: ByteWriter, row: Row): void {
  for (let i = 0; i < row.length; i++) {
    if (i > 0) out.byte(44);
    const field = row[i];
    if (typeof field === 'number') out.number(field);
    else csvField(out, field);
  }
  out.byte(10);
  out.endRecord();
}

/**
 * The token rows go straight into bytes (a document has one row a word), written field by field
 * rather than through an array per row.
 */
export function tokensCsv(doc: AnnotatedDocument): Uint8Array[] {
  const out = new ByteWriter();
  const prefix = fieldBytes(doc.id);
  eachTokenRow(doc, (r) => {
    out.bytes(prefix);
    numberThenComma(out, r.sentence);
    numberThenComma(out, r.index);
    numberThenComma(out, r.start);
    numberThenComma(out, r.end);
    fieldThenComma(out, r.token);
    fieldThenComma(out, r.original);
    fieldThenComma(out, r.pos);
    out.ascii(r.tag);
    out.byte(10);
    out.endRecord();
  });
  return out.done();
}

/** The value object's columns of an entity row (ENTITY_COLUMNS between `simplified` and `rule`). */
const VALUE_COLUMNS = ENTITY_COLUMNS.slice(ENTITY_COLUMNS.indexOf('simplified') + 1, ENTITY_COLUMNS.indexOf('rule'));

/**
 * An entity a row: its document's id and source (file, or file:line), and the value object
 * spread over value, unit, currency, type, mod, lower, upper, anchor; written field by field.
 */
export function entitiesCsv(doc: AnnotatedDocument): Uint8Array[] {
  const out = new ByteWriter();
  const prefix = fieldBytes(doc.id, doc.source);
  for (const e of doc.entities) {
    out.bytes(prefix);
    numberThenComma(out, e.start);
    numberThenComma(out, e.end);
    for (const text of [e.label, e.text, e.simplified]) fieldThenComma(out, text);
    const value = e.value as Record<string, unknown> | undefined;
    for (const column of VALUE_COLUMNS) {
      const x = value?.[column];
      if (typeof x === 'number') out.number(x);
      else if (x !== undefined && x !== null) csvField(out, String(x));
      out.byte(44);
    }
    csvField(out, e.rule);
    out.byte(10);
    out.endRecord();
  }
  return out.done();
}

function numberThenComma(out: ByteWriter, n: number): void {
  out.number(n);
  out.byte(44);
}

function fieldThenComma(out: ByteWriter, s: string): void {
  csvField(out, s);
  out.byte(44);
}

/** The bytes of the leading fields every row of a document repeats, each followed by a comma. */
function fieldBytes(...fields: string[]): Uint8Array {
  const out = new ByteWriter();
  for (const f of fields) fieldThenComma(out, f);
  return out.done()[0];
}

/** CSV lines for rows, each ended by a newline. */
export function csvLines(rows: readonly Row[]): string {
  const out = new ByteWriter();
  for (const r of rows) csvRow(out, r);
  return Buffer.concat(out.done()).toString('utf8');
}
