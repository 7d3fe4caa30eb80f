// The manifest in the output folder: per input, the hash of its bytes and of its metadata row, what
// it gave, and under which pipeline and options. A rerun skips the inputs it finds unchanged.
// It holds no time and no absolute path, so the same run writes the same bytes.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Region } from './doc.js';
import type { Metadata } from './inputs.js';
import { ROOT } from './resources.js';
import { writeWhole } from './write/files.js';

export const MANIFEST_NAME = 'zh-annotate-manifest.json';

export interface RunOptions {
  formats: string[];
  refDate: string | null;
  region?: Region;
  maxSentence: number;
}

export interface ManifestEntry {
  /** The input as named on the command line (joined with its path below a named folder). */
  input: string;
  sha256: string;
  metadata: Metadata | null;
  documents: number;
  failed: number;
  characters: number;
  /** Its files, relative to the output folder. */
  outputs: string[];
}

export interface Manifest {
  pipeline: { version: string; fingerprint: string };
  options: RunOptions;
  inputs: ManifestEntry[];
}

/** Folders of src/ that do not take part in annotation. */
const NOT_PIPELINE = new Set(['eval', 'bench']);

/**
 * The package version and a hash of everything that decides the annotations: the tables under
 * resources/ and the source code (src/, which dist/ is compiled from; a stale file left in dist/
 * must not change it).
 */
export function pipelineVersion(): Manifest['pipeline'] {
  const hash = createHash('sha256');
  for (const folder of ['resources', 'src']) {
    for (const file of filesBelow(join(ROOT, folder), folder === 'src' ? NOT_PIPELINE : new Set())) {
      hash.update(relative(ROOT, file).split('\\').join('/')).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return { version, fingerprint: hash.digest('hex') };
}

function filesBelow(folder: string, skip: Set<string>): string[] {
  if (!existsSync(folder)) return [];
  const out: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (skip.has(e.name)) continue;
    const full = join(folder, e.name);
    if (e.isDirectory()) out.push(...filesBelow(full, new Set()));
    else if (e.isFile()) out.push(full);
  }
  return out;
}

/**
 * The entries of the previous run that still hold for this one: same pipeline, same options,
 * every document annotated. Anything unreadable counts as no manifest.
 */
export function reusableEntries(outDir: string, pipeline: Manifest['pipeline'], options: RunOptions): Map<string, ManifestEntry> {
  const out = new Map<string, ManifestEntry>();
  let old: Manifest;
  try {
    old = JSON.parse(readFileSync(join(outDir, MANIFEST_NAME), 'utf8')) as Manifest;
  } catch {
    return out;
  }
  if (JSON.stringify(old.pipeline) !== JSON.stringify(pipeline) || JSON.stringify(old.options) !== JSON.stringify(options)) return out;
  for (const e of old.inputs ?? []) if (e.failed === 0) out.set(e.input, e);
  return out;
}

/** Whether an input can be skipped: same bytes, same metadata row, and its files all there. */
export function unchanged(entry: ManifestEntry | undefined, sha256: string, metadata: Metadata | null, outDir: string): entry is ManifestEntry {
  return (
    entry !== undefined &&
    entry.sha256 === sha256 &&
    JSON.stringify(entry.metadata) === JSON.stringify(metadata) &&
    entry.outputs.every((f) => existsSync(join(outDir, f)))
  );
}

/** Written whole, one input a line, so that it diffs well. */
export async function saveManifest(outDir: string, manifest: Manifest): Promise<void> {
  const lines = manifest.inputs.map((e, i) => `    ${JSON.stringify(e)}${i < manifest.inputs.length - 1 ? ',' : ''}`);
  const text =
    `{\n  "pipeline": ${JSON.stringify(manifest.pipeline)},\n  "options": ${JSON.stringify(manifest.options)},\n` +
    (lines.length === 0 ? '  "inputs": []\n}\n' : `  "inputs": [\n${lines.join('\n')}\n  ]\n}\n`);
  await writeWhole(join(outDir, MANIFEST_NAME), (fd) => {
    writeSync(fd, text);
  });
}

export function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (c) => hash.update(c))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
