// Output files are written under a temporary name and renamed when whole, so a run stopped at
// any moment leaves only whole files.
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync, writevSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AnnotatedDocument } from '../output.js';
import { filesOf, type OutputFile, type Piece, type UnitKind, type Writer } from './writers.js';

const TEMP_MARK = '.partial-';

/** The files of one input unit, open under temporary names until `commit`. */
export class UnitOutput {
  /** `header`: the file's header until it is written, with the first document or at commit. */
  private readonly open: { file: OutputFile; final: string; temp: string; fd: number; header: Uint8Array | null }[] = [];

  private constructor() {}

  static async create(outDir: string, stem: string, kind: UnitKind, writers: readonly Writer[]): Promise<UnitOutput> {
    const unit = new UnitOutput();
    try {
      for (const file of filesOf(writers, kind)) {
        const final = join(outDir, stem + file.suffix);
        const temp = temporaryName(final);
        const fd = openCreatingFolder(temp);
        unit.open.push({ file, final, temp, fd, header: null });
        const header = await file.header();
        // Written along with the first document: a system call costs more than a small file's bytes.
        if (header !== '') unit.open[unit.open.length - 1].header = Buffer.from(header);
      }
    } catch (e) {
      unit.abandon();
      throw e;
    }
    return unit;
  }

  async add(doc: AnnotatedDocument): Promise<void> {
    // Render every file first, so a document is written to all of them or to none.
    this.addRendered(await Promise.all(this.open.map((o) => o.file.render(doc))));
  }

  /** A document already rendered (by a worker): for each file in `filesOf` order, its pieces. */
  addRendered(parts: readonly (readonly Piece[])[]): void {
    this.open.forEach((o, i) => {
      writePieces(o.fd, o.header === null ? parts[i] : [o.header, ...parts[i]]);
      o.header = null;
    });
  }

  /** Close and move every file to its final name. */
  commit(): string[] {
    for (const o of this.open) {
      if (o.header !== null) writeSync(o.fd, o.header);
      closeSync(o.fd);
    }
    for (const o of this.open) renameSync(o.temp, o.final);
    return this.open.map((o) => o.final);
  }

  /** Close and delete the temporary files. */
  abandon(): void {
    for (const o of this.open) {
      try {
        closeSync(o.fd);
      } catch {
        // already closed
      }
      rmSync(o.temp, { force: true });
    }
  }
}

/** Open a file for writing; its folder is made only when it is missing (most often it is there). */
function openCreatingFolder(path: string): number {
  try {
    return openSync(path, 'w');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    mkdirSync(dirname(path), { recursive: true });
    return openSync(path, 'w');
  }
}

const temporaryName = (final: string) => `${final}${TEMP_MARK}${process.pid}`;

/** Write a file whole: through an open temporary file, renamed when `fill` returns. */
export async function writeWhole(path: string, fill: (fd: number) => void | Promise<void>): Promise<void> {
  const temp = temporaryName(path);
  const fd = openSync(temp, 'w');
  try {
    await fill(fd);
    closeSync(fd);
  } catch (e) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw e;
  }
  renameSync(temp, path);
}

/** Remove temporary files that a killed run left behind in the output folder. */
export function removeStaleTemporaries(outDir: string): void {
  let entries;
  try {
    entries = readdirSync(outDir, { recursive: true, withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.isFile() && e.name.includes(TEMP_MARK)) rmSync(join(e.parentPath, e.name), { force: true });
  }
}

/** Pieces of bytes go in one system call (which writes them all, however many). */
function writePieces(fd: number, pieces: readonly Piece[]): void {
  if (pieces.length === 0) return;
  if (pieces.every((p) => typeof p !== 'string')) writevSync(fd, pieces as Uint8Array[]);
  else for (const piece of pieces) writeSync(fd, typeof piece === 'string' ? Buffer.from(piece) : piece);
}
