// Span JSON lines, in two forms: the People's Daily sample's
// {"text", "entity_list":[{"entity_index":{"begin","end"}, "entity_type", "entity"}]} and our own
// {"id", "text", "date"?, "entities":[{start, end, label, value?}]} (which our output also is).
// Offsets are code points, end exclusive.
import { codePointLength, sliceCodePoints, type SpanValue } from '../doc.js';
import type { GoldSentence, Problem, Read, Span } from './gold.js';

interface SampleEntity {
  entity_index?: { begin?: unknown; end?: unknown };
  entity_type?: unknown;
  entity?: unknown;
}

interface OwnEntity {
  start?: unknown;
  end?: unknown;
  label?: unknown;
  value?: SpanValue;
  text?: unknown;
}

const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}/;

export function readSpanLines(content: string): Read<GoldSentence> {
  const items: GoldSentence[] = [];
  const problems: Problem[] = [];
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const fail = (message: string) => problems.push({ line: i + 1, message });
    let row: { text?: unknown; entity_list?: SampleEntity[]; entities?: OwnEntity[]; date?: unknown; refDate?: unknown };
    try {
      row = JSON.parse(lines[i]);
    } catch (e) {
      fail(`not JSON: ${(e as Error).message}`);
      continue;
    }
    if (typeof row !== 'object' || row === null || typeof row.text !== 'string') {
      fail('no "text" string');
      continue;
    }
    const text = row.text;
    const length = codePointLength(text);
    const spans: Span[] = [];
    let bad = false;
    const add = (start: unknown, end: unknown, label: unknown, shown: unknown, value?: SpanValue) => {
      if (typeof start !== 'number' || typeof end !== 'number' || typeof label !== 'string' ||
          !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start >= end) {
        fail(`bad span ${JSON.stringify({ start, end, label })} in a text of ${length} characters`);
        bad = true;
      } else if (typeof shown === 'string' && sliceCodePoints(text, start, end) !== shown) {
        fail(`span [${start}, ${end}) is ${JSON.stringify(sliceCodePoints(text, start, end))}, the line says ${JSON.stringify(shown)}`);
        bad = true;
      } else {
        spans.push(value === undefined ? { start, end, label } : { start, end, label, value });
      }
    };
    if (Array.isArray(row.entity_list)) {
      for (const e of row.entity_list) add(e.entity_index?.begin, e.entity_index?.end, e.entity_type, e.entity);
    } else if (Array.isArray(row.entities)) {
      for (const e of row.entities) add(e.start, e.end, e.label, e.text, e.value);
    } else {
      fail('neither "entity_list" nor "entities"');
      continue;
    }
    if (bad) continue;
    const date = typeof row.date === 'string' ? row.date : typeof row.refDate === 'string' ? row.refDate : undefined;
    spans.sort((a, b) => a.start - b.start || a.end - b.end);
    items.push({ text, spans, line: i + 1, ...(date !== undefined && DATE.test(date) ? { refDate: date.slice(0, 10) } : {}) });
  }
  return { items, problems };
}
