// Traditional to Simplified with opencc-js, keeping a code-point map back to the original.
import OpenCC from 'opencc-js';
import { codePointLength, type Doc, type Region } from '../doc.js';
import { readSet } from '../resources.js';
import type { Stage } from '../stage.js';
import { alignCodePoints } from '../align.js';

type Convert = (s: string) => string;

/** Share of Han characters that t->cn changes above which a document counts as Traditional. */
const TRADITIONAL_SHARE = 0.02;
/** Hong Kong marker characters that switch the source config from Taiwan to Hong Kong. */
const HK_MARKERS_NEEDED = 2;
/** The script of a document shows in its opening. */
const SAMPLE_LENGTH = 4000;
const HAN_FIRST = 0x3400;
const HAN_LAST = 0x9fff;
/** Flags per BMP Han character, indexed by code - HAN_FIRST. */
const HAN = 1;
const TRADITIONAL = 2;
const HK_MARKER = 4;

let converters: { tw: Convert; twPhrases: Convert; hk: Convert; hkPhrases: Convert } | null = null;
let charFlags: Uint8Array | null = null;

function load() {
  if (converters === null) {
    converters = {
      tw: OpenCC.Converter({ from: 'tw', to: 'cn' }),
      twPhrases: OpenCC.Converter({ from: 'twp', to: 'cn' }),
      hk: OpenCC.Converter({ from: 'hk', to: 'cn' }),
      hkPhrases: OpenCC.Converter({ from: 'hkp', to: 'cn' }),
    };
  }
  return converters;
}

/**
 * Which Han characters opencc's t->cn changes, found once by converting each of them alone, so a
 * document's script is told by counting rather than by converting it.
 */
function flags(): Uint8Array {
  if (charFlags !== null) return charFlags;
  const all: string[] = [];
  for (let c = HAN_FIRST; c <= HAN_LAST; c++) {
    // Extension A (3400-4DBF) and Unified Ideographs (4E00-9FFF); the gap holds no Han.
    if (c > 0x4dbf && c < 0x4e00) continue;
    all.push(String.fromCharCode(c));
  }
  const converted = OpenCC.Converter({ from: 't', to: 'cn' })(all.join('\n')).split('\n');
  const out = new Uint8Array(HAN_LAST - HAN_FIRST + 1);
  all.forEach((ch, i) => {
    out[ch.charCodeAt(0) - HAN_FIRST] = HAN | (converted[i] !== ch ? TRADITIONAL : 0);
  });
  for (const marker of readSet('convert/hk-markers.txt')) {
    const code = marker.charCodeAt(0);
    if (code >= HAN_FIRST && code <= HAN_LAST) out[code - HAN_FIRST] |= HK_MARKER;
  }
  charFlags = out;
  return out;
}

/** The source config a region's Traditional text is written in; CN (and no region) leaves it to the marker count. */
const REGION_CONFIG: Partial<Record<Region, 'tw' | 'hk'>> = { TW: 'tw', HK: 'hk', MO: 'hk' };

/** How much of a text's sample is Han, Traditional-only, and Cantonese marker characters. */
interface ScriptCounts {
  han: number;
  traditional: number;
  cantoneseMarkers: number;
}

function countScript(text: string): ScriptCounts {
  const table = flags();
  const length = Math.min(text.length, SAMPLE_LENGTH);
  const counts: ScriptCounts = { han: 0, traditional: 0, cantoneseMarkers: 0 };
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < HAN_FIRST || code > HAN_LAST) continue;
    const f = table[code - HAN_FIRST];
    if (f === 0) continue;
    counts.han++;
    if (f & TRADITIONAL) counts.traditional++;
    if (f & HK_MARKER) counts.cantoneseMarkers++;
  }
  return counts;
}

function conversionFor(counts: ScriptCounts, region: Region | null): 'none' | 'tw' | 'hk' {
  if (counts.han === 0 || counts.traditional / counts.han < TRADITIONAL_SHARE) return 'none';
  const known = region === null ? undefined : REGION_CONFIG[region];
  if (known !== undefined) return known;
  return counts.cantoneseMarkers >= HK_MARKERS_NEEDED ? 'hk' : 'tw';
}

/**
 * Which opencc source config suits a text: "none" (Simplified already), "tw" or "hk". A known
 * region decides between tw and hk; without one, Cantonese marker characters do.
 */
export function chooseConversion(text: string, region: Region | null = null): 'none' | 'tw' | 'hk' {
  return conversionFor(countScript(text), region);
}

/**
 * Convert line by line (faster than whole text in opencc-js). The character-level config keeps
 * code points one to one; the phrase-level one may not (主機板 -> 主板), so each line whose
 * phrase output differs in length is aligned against the character-level output.
 */
export function convertText(text: string, config: 'tw' | 'hk'): { simplified: string; origin: Int32Array | null } {
  const conv = load();
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
    const counts = countScript(doc.text);
    const config = conversionFor(counts, doc.region);
    doc.conversion = config;
    // Cantonese speech is read from the text itself: formal Hong Kong writing is not Cantonese.
    doc.cantonese = config !== 'none' && counts.cantoneseMarkers >= HK_MARKERS_NEEDED;
    if (config === 'none') return;
    const { simplified, origin } = convertText(doc.text, config);
    doc.setSimplified(simplified, origin);
  },
};
