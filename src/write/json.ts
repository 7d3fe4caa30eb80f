// The document JSON: top-level fields one a line, and one line per sentence, token and entity,
// so the file reads well and diffs line by line. Written as UTF-8 bytes in pieces of bounded
// size, so that a huge document (millions of tokens) never needs one string longer than V8 allows.
import type { AnnotatedDocument, OutputToken } from '../output.js';
import { ByteWriter, stopTable } from './bytes.js';

type Span = AnnotatedDocument['sentences'][number];

export function documentJson(doc: AnnotatedDocument): Uint8Array[] {
  return jsonPieces(doc, true);
}

/** One document on one line, for JSON-lines output: the bytes of JSON.stringify(doc) and a newline. */
export function documentJsonLine(doc: AnnotatedDocument): Uint8Array[] {
  return jsonPieces(doc, false);
}

/** What JSON.stringify would escape in a string (besides surrogates): quotes, backslashes, controls. */
const ESCAPED = stopTable(`"\\${Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)).join('')}`);

function jsonString(out: ByteWriter, s: string): void {
  if (!out.textUnless(s, ESCAPED, 34)) out.text(JSON.stringify(s));
}

/** `{"start":N,"end":N`, how JSON.stringify begins a span, a sentence or a token. */
function spanFields(out: ByteWriter, s: Span): void {
  out.ascii('{"start":');
  out.number(s.start);
  out.ascii(',"end":');
  out.number(s.end);
}

/** The bytes of JSON.stringify(token), written field by field: tokens are most of a document. */
function tokenJson(out: ByteWriter, t: OutputToken): void {
  spanFields(out, t);
  out.ascii(',"text":');
  jsonString(out, t.text);
  out.ascii(',"pos":');
  jsonString(out, t.pos);
  out.byte(125);
}

function jsonPieces(doc: AnnotatedDocument, pretty: boolean): Uint8Array[] {
  const out = new ByteWriter();
  const newline = () => {
    if (pretty) out.byte(10);
    out.endRecord();
  };
  const [indent, item, colon] = pretty ? ['  ', '    ', ': '] : ['', '', ':'];
  const entries = Object.entries(doc).filter(([, value]) => value !== undefined);
  out.byte(123);
  newline();
  entries.forEach(([key, value], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    out.text(`${indent}${JSON.stringify(key)}${colon}`);
    if (Array.isArray(value) && value.length > 0) {
      out.byte(91);
      newline();
      value.forEach((x, j) => {
        out.ascii(item);
        if (key === 'tokens') tokenJson(out, x as OutputToken);
        else if (key === 'sentences') {
          spanFields(out, x as Span);
          out.byte(125);
        }
        else out.text(JSON.stringify(x));
        if (j < value.length - 1) out.byte(44);
        newline();
      });
      out.text(`${indent}]${comma}`);
    } else {
      out.text(`${JSON.stringify(value)}${comma}`);
    }
    newline();
  });
  out.byte(125);
  out.byte(10);
  return out.done();
}
