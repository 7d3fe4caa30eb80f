// What the user sees while a batch runs: a progress bar on a terminal, a log line every few
// seconds otherwise, nothing with --quiet; failures as they come; a summary at the end.
import cliProgress from 'cli-progress';

const LOG_EVERY_MS = 10_000;

export interface Counts {
  done: number;
  skipped: number;
  failed: number;
  characters: number;
}

export class Progress {
  readonly counts: Counts = { done: 0, skipped: 0, failed: 0, characters: 0 };
  private readonly started = performance.now();
  private readonly bars: cliProgress.MultiBar | null;
  private readonly bar: cliProgress.SingleBar | null;
  private lastLog = performance.now();
  private bytes = 0;

  /** `totalBytes` is the size of the inputs, or 0 when unknown (standard input). */
  constructor(private readonly quiet: boolean, private readonly totalBytes: number) {
    if (quiet || !process.stderr.isTTY) {
      this.bars = null;
      this.bar = null;
      return;
    }
    this.bars = new cliProgress.MultiBar(
      {
        stream: process.stderr,
        format: `${totalBytes > 0 ? '{bar} {percentage}% | ' : ''}{done} docs, {skipped} skipped, {failed} failed | {characters} chars | {rate} chars/s`,
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    this.bar = this.bars.create(Math.max(totalBytes, 1), 0, this.payload());
  }

  /** How far into the input bytes the run is. */
  at(bytes: number): void {
    this.bytes = bytes;
    this.bar?.update(Math.min(bytes, Math.max(this.totalBytes, 1)), this.payload());
    if (this.bar === null && !this.quiet && performance.now() - this.lastLog >= LOG_EVERY_MS) {
      this.lastLog = performance.now();
      const share = this.totalBytes > 0 ? `, ${Math.floor((100 * this.bytes) / this.totalBytes)}% of the input` : '';
      process.stderr.write(`zh-annotate: ${this.line()}${share}\n`);
    }
  }

  /** Documents counted as done whose unit was then dropped whole (failed or interrupted). */
  drop(unit: { documents: number; characters: number }): void {
    this.counts.done -= unit.documents;
    this.counts.characters -= unit.characters;
  }

  /** A failure, printed as it happens (even with --quiet: errors are never hidden). */
  failure(message: string): void {
    this.counts.failed++;
    if (this.bars !== null) this.bars.log(`zh-annotate: ${message}\n`);
    else process.stderr.write(`zh-annotate: ${message}\n`);
  }

  /** Stop the bar and print the summary. */
  finish(note = ''): void {
    if (this.bars !== null) {
      this.bar!.update(this.payload());
      this.bars.stop();
    }
    if (!this.quiet) process.stderr.write(`zh-annotate: ${this.line()}${note}\n`);
  }

  private line(): string {
    const c = this.counts;
    return `${c.done} documents done, ${c.skipped} skipped, ${c.failed} failed; ${c.characters} characters in ${this.seconds().toFixed(1)} s (${this.rate()} characters/s)`;
  }

  private seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  private rate(): number {
    return Math.round(this.counts.characters / Math.max(this.seconds(), 0.001));
  }

  private payload() {
    return { ...this.counts, rate: this.rate() };
  }
}
