import { describe, expect, it } from 'vitest';
import { excludingStartup, rate, ratio, seededRandom, shares } from '../src/bench/rates.js';

describe('benchmark arithmetic', () => {
  it('computes characters per second and MB/s (10^6 bytes)', () => {
    expect(rate(3_000_000, 9_000_000, 2000)).toEqual({ charsPerSecond: 1_500_000, megabytesPerSecond: 4.5 });
    expect(() => rate(1, 1, 0)).toThrow();
  });
  it('compares two rates and splits a total into shares', () => {
    expect(ratio(rate(100, 300, 1000), rate(400, 1200, 1000))).toBe(0.25);
    expect(shares({ a: 25, b: 50 }, 200)).toEqual({ a: 12.5, b: 25 });
  });
  it('takes the start-up out of a wall time, never below 1 ms', () => {
    expect(excludingStartup(5000, 1200)).toBe(3800);
    expect(excludingStartup(1000, 1500)).toBe(1);
  });
  it('draws the same numbers from the same seed, in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(100);
  });
});
