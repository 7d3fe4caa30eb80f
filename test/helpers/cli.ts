import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseString } from 'fast-csv';

export const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

export const ROOT = join(import.meta.dirname, '..', '..');

export function runCli(args: string[], input?: string, cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', cwd });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'zh-annotate-'));
}

export function parseCsv(text: string): Promise<Record<string, string>[]> {
  return new Promise((resolve, reject) => {
    const rows: Record<string, string>[] = [];
    parseString(text, { headers: true })
      .on('error', reject)
      .on('data', (r: Record<string, string>) => rows.push(r))
      .on('end', () => resolve(rows));
  });
}

/** The CLI as a running child process, for tests that stop it midway. */
export function startCli(args: string[], cwd = ROOT) {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const exited = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal, stderr })),
  );
  return { child, exited };
}

/** Wait until `ready()` holds, polling; false if the process ended first. */
export async function waitFor(ready: () => boolean, running: () => boolean): Promise<boolean> {
  while (running()) {
    if (ready()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}
