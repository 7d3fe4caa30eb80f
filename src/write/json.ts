// The document JSON: top-level fields one a line, and one line per sentence, token and entity,
// so the file reads well and diffs line by line. Rendered in pieces of bounded size, so that a
// huge document (millions of tokens) never needs one string longer than V8 allows.
import type { AnnotatedDocument } from '../output.js';

/** Lines per piece. */
const BLOCK = 8192;

export function documentJson(doc: AnnotatedDocument): string[] {
  return jsonPieces(doc, true);
}

/** One document on one line, for JSON-lines output: the bytes of JSON.stringify(doc) and a newline. */
export function documentJsonLine(doc: AnnotatedDocument): string[] {
  return jsonPieces(doc, false);
}

function jsonPieces(doc: AnnotatedDocument, pretty: boolean): string[] {
  const pieces: string[] = [];
  let block: string[] = [];
  const push = (line: string) => {
    block.push(line);
    if (block.length === BLOCK) flush();
  };
  const flush = () => {
    if (block.length > 0) pieces.push(block.join(pretty ? '\n' : '') + (pretty ? '\n' : ''));
    block = [];
  };
  const [indent, item, colon] = pretty ? ['  ', '    ', ': '] : ['', '', ':'];
  const entries = Object.entries(doc).filter(([, value]) => value !== undefined);
  push('{');
  entries.forEach(([key, value], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    const name = `${indent}${JSON.stringify(key)}${colon}`;
    if (Array.isArray(value) && value.length > 0) {
      push(`${name}[`);
      value.forEach((x, j) => push(`${item}${JSON.stringify(x)}${j < value.length - 1 ? ',' : ''}`));
      push(`${indent}]${comma}`);
    } else {
      push(`${name}${JSON.stringify(value)}${comma}`);
    }
  });
  push('}');
  flush();
  if (!pretty) pieces.push('\n');
  return pieces;
}
