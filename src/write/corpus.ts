// Corpus-level files (entities.csv, documents.jsonl) are concatenations of the per-unit files in
// input order, copied in bounded chunks so that memory does not grow with the corpus.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';

/** Copy one unit's share of a corpus file from its per-unit file to an open file. */
export type CorpusPart = (source: string, target: number) => void;

const CHUNK = 1 << 20;

/** The whole file. */
export const copyFile: CorpusPart = (source, target) => copyFrom(source, target, false);

/** Everything after the first line (a CSV header). */
export const copyBody: CorpusPart = (source, target) => copyFrom(source, target, true);

/**
 * A document JSON as documentJson writes it, as one line (the bytes documentJsonLine writes),
 * line by line, so that no string as long as a huge document is ever made. In that layout every
 * line is one structural line: indentation goes, and a top-level `"key": ` loses its space.
 */
export const prettyJsonAsLine: CorpusPart = (source, target) => {
  forEachLine(source, (line) => {
    let start = 0;
    while (line[start] === 0x20) start++;
    const key = start === 2 && line[2] === 0x22 ? line.indexOf(KEY_END, 2) : -1;
    if (key < 0) writeSync(target, line, start);
    else {
      writeSync(target, line, 2, key);
      writeSync(target, line, key + 3);
    }
  });
  writeSync(target, '\n');
};

const KEY_END = Buffer.from('": ');

/** Call `f` with each line of a file (without its newline), read in bounded chunks. */
function forEachLine(source: string, f: (line: Buffer) => void) {
  const fd = openSync(source, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let pending: Buffer[] = [];
    for (let n = readSync(fd, buffer, 0, CHUNK, null); n > 0; n = readSync(fd, buffer, 0, CHUNK, null)) {
      const chunk = buffer.subarray(0, n);
      let from = 0;
      for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
        pending.push(chunk.subarray(from, nl));
        f(Buffer.concat(pending));
        pending = [];
        from = nl + 1;
      }
      if (from < n) pending.push(Buffer.from(chunk.subarray(from)));
    }
    if (pending.length > 0) f(Buffer.concat(pending));
  } finally {
    closeSync(fd);
  }
}

function copyFrom(source: string, target: number, skipFirstLine: boolean) {
  const fd = openSync(source, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let skipping = skipFirstLine;
    for (let n = readSync(fd, buffer, 0, CHUNK, null); n > 0; n = readSync(fd, buffer, 0, CHUNK, null)) {
      let from = 0;
      if (skipping) {
        const newline = buffer.subarray(0, n).indexOf(0x0a);
        if (newline < 0) continue;
        from = newline + 1;
        skipping = false;
      }
      writeSync(target, buffer, from, n - from);
    }
  } finally {
    closeSync(fd);
  }
}
