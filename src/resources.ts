// Rule tables live as data under resources/; this reads them.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: one level above this file in src/ and in dist/ alike. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function resourcePath(name: string): string {
  return join(ROOT, 'resources', name);
}

/** The lines of a resource file, without blank lines and `#` comments. */
export function readLines(name: string): string[] {
  const out: string[] = [];
  for (const raw of readFileSync(resourcePath(name), 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (line !== '' && !line.startsWith('#')) out.push(line);
  }
  return out;
}

/** A TAB-separated resource file as rows of fields. */
export function readTsv(name: string): string[][] {
  return readLines(name).map((line) => line.split('\t').map((f) => oneByte(f.trim())));
}

const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;
const oneByteCopies = new Map<string, string>();

/**
 * An ASCII field (a label, a rule name, a code) as one shared one-byte string. Sliced from a
 * file with Han characters in it, the field is a two-byte string, which makes every later
 * comparison and every byte of output written from it slower.
 */
function oneByte(field: string): string {
  if (!PRINTABLE_ASCII.test(field)) return field;
  let copy = oneByteCopies.get(field);
  if (copy === undefined) {
    copy = Buffer.from(field, 'latin1').toString('latin1');
    oneByteCopies.set(copy, copy);
  }
  return copy;
}

/** A resource file's lines as a set (the first TAB field of each line). */
export function readSet(name: string): Set<string> {
  return new Set(readLines(name).map((line) => line.split('\t')[0].trim()));
}
