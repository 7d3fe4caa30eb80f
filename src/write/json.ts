// The document JSON: top-level fields one a line, and one line per sentence, token and entity,
// so the file reads well and diffs line by line.
import type { AnnotatedDocument } from '../output.js';

export function documentJson(doc: AnnotatedDocument): string {
  const lines: string[] = [];
  const entries = Object.entries(doc);
  entries.forEach(([key, value], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(value)) {
      if (value.length === 0) {
        lines.push(`  ${JSON.stringify(key)}: []${comma}`);
        return;
      }
      lines.push(`  ${JSON.stringify(key)}: [`);
      value.forEach((item, j) => lines.push(`    ${JSON.stringify(item)}${j < value.length - 1 ? ',' : ''}`));
      lines.push(`  ]${comma}`);
    } else {
      lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
    }
  });
  return `{\n${lines.join('\n')}\n}\n`;
}

/** One document on one line, for JSON-lines output. */
export function documentJsonLine(doc: AnnotatedDocument): string {
  return JSON.stringify(doc) + '\n';
}
