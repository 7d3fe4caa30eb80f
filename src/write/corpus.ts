// Corpus-level files (entities.csv, documents.jsonl) are concatenations of the per-unit files in
// input order, copied in bounded chunks so that memory does not grow with the corpus.
import { closeSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';

/** Copy one unit's share of a corpus file from its per-unit file to an open file. */
export type CorpusPart = (source: string, target: number) => void;

const CHUNK = 1 << 20;

/** The whole file. */
export const copyFile: CorpusPart = (source, target) => copyFrom(source, target, false);

/** Everything after the first line (a CSV header). */
export const copyBody: CorpusPart = (source, target) => copyFrom(source, target, true);

/** A pretty-printed document JSON as one line, the form of documentJsonLine. */
export const jsonAsLine: CorpusPart = (source, target) => {
  writeSync(target, JSON.stringify(JSON.parse(readFileSync(source, 'utf8'))) + '\n');
};

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
