// Traditional to Simplified with opencc-js, keeping a code-point map back to the original.
import OpenCC from 'opencc-js';
import { codePointLength, type Doc } from '../doc.js';
import { readSet } from '../resources.js';
import type { Stage } from '../stage.js';
import { alignCodePoints } from '../align.js';

type Convert = (s: string) => string;

/** Share of Han characters that t->cn changes above which a document counts as Traditional. */
const TRADITIONAL_SHARE = 0.02;
/** Hong Kong marker characters that switch the source config from Taiwan to Hong Kong. */
const HK_MARKERS_NEEDED = 2;
/** The script of a document shows in its opening; converting all of it just to look costs as much as converting it. */
const SAMPLE_LENGTH = 4000;

let converters: { detect: Convert; tw: Convert; twPhrases: Convert; hk: Convert; hkPhrases: Convert } | null = null;
let hkMarkers: Set<string> | null = null;

function load() {
  if (converters === null) {
    converters = {
      detect: OpenCC.Converter({ from: 't', to: 'cn' }),
      tw: OpenCC.Converter({ from: 'tw', to: 'cn' }),
      twPhrases: OpenCC.Converter({ from: 'twp', to: 'cn' }),
      hk: OpenCC.Converter({ from: 'hk', to: 'cn' }),
      hkPhrases: OpenCC.Converter({ from: 'hkp', to: 'cn' }),
    };
    hkMarkers = readSet('convert/hk-markers.txt');
  }
  return { conv: converters, markers: hkMarkers! };
}

/** CJK Unified Ideographs and Extension A: enough to count Han characters in a sample. */
function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** Which opencc source config suits a text: "none" (Simplified already), "tw" or "hk". */
export function chooseConversion(text: string): 'none' | 'tw' | 'hk' {
  const { conv, markers } = load();
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  let converted = conv.detect(sample);
  let original = sample;
  if (converted.length !== original.length) {
    // A character converted into or out of an astral one: compare code point by code point.
    converted = Array.from(converted).map((c) => (c.length === 2 ? '\uFFFF' : c)).join('');
    original = Array.from(original).map((c) => (c.length === 2 ? '\uFFFF' : c)).join('');
  }
  let han = 0;
  let changed = 0;
  let hk = 0;
  for (let i = 0; i < original.length; i++) {
    if (!isHan(original.charCodeAt(i))) continue;
    han++;
    if (converted.charCodeAt(i) !== original.charCodeAt(i)) changed++;
    if (markers.has(original[i])) hk++;
  }
  if (han === 0 || changed / han < TRADITIONAL_SHARE) return 'none';
  return hk >= HK_MARKERS_NEEDED ? 'hk' : 'tw';
}

/**
 * Convert line by line (faster than whole text in opencc-js). The character-level config keeps
 * code points one to one; the phrase-level one may not (主機板 -> 主板), so each line whose
 * phrase output differs in length is aligned against the character-level output.
 */
export function convertText(text: string, config: 'tw' | 'hk'): { simplified: string; origin: Int32Array | null } {
  const { conv } = load();
  const chars = config === 'tw' ? conv.tw : conv.hk;
  const phrases = config === 'tw' ? conv.twPhrases : conv.hkPhrases;
  const lines = text.split('\n');
  const out: string[] = new Array(lines.length);
  let origin: number[] | null = null;
  let base = 0; // code points of the original before this line
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    const converted = phrases(line);
    out[l] = converted;
    const lineCps = codePointLength(line);
    const convertedCps = codePointLength(converted);
    if (origin === null && convertedCps !== lineCps) {
      // First length change: fill the identity map for everything before it.
      origin = [];
      for (let i = 0; i < base; i++) origin.push(i);
    }
    if (origin !== null) {
      const lineMap = convertedCps === lineCps ? null : alignCodePoints(Array.from(chars(line)), Array.from(converted));
      for (let i = 0; i < convertedCps; i++) origin.push(base + (lineMap === null ? i : lineMap[i]));
      if (l < lines.length - 1) origin.push(base + lineCps); // the newline
    }
    base += lineCps + 1;
  }
  if (origin === null) return { simplified: out.join('\n'), origin: null };
  origin.push(base - 1);
  return { simplified: out.join('\n'), origin: Int32Array.from(origin) };
}

export const convertStage: Stage = {
  name: 'convert',
  run(doc: Doc) {
    const config = chooseConversion(doc.text);
    doc.conversion = config;
    if (config === 'none') return;
    const { simplified, origin } = convertText(doc.text, config);
    doc.setSimplified(simplified, origin);
  },
};
