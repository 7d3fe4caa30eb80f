// The benchmark's text: varied, non-repeating Chinese news-like sentences generated from
// templates (bench/templates.txt) and nodejieba's own dictionary, a third of the documents in
// Traditional script; plus the development sets' sentences when ../shared/data is there.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import OpenCC from 'opencc-js';
import { ROOT } from '../resources.js';
import { seededRandom } from './rates.js';

export interface BenchDoc {
  id: string;
  text: string;
}

const SLOT = /\{(\w+)\}/g;
/** Words rarer than this are left out, so the text reads like common news vocabulary. */
const MIN_FREQUENCY = 200;
const WORD_TAGS = ['n', 'v', 'a', 'd', 'nr', 'ns', 'nt', 't', 'i'];

function loadWords(): Map<string, string[]> {
  const require = createRequire(import.meta.url);
  const dict = join(require.resolve('nodejieba').replace(/index\.js$/, ''), 'submodules/cppjieba/dict/jieba.dict.utf8');
  const byTag = new Map<string, string[]>(WORD_TAGS.map((t) => [t, []]));
  for (const line of readFileSync(dict, 'utf8').split('\n')) {
    const [word, freq, tag] = line.split(' ');
    if (byTag.has(tag) && Number(freq) >= MIN_FREQUENCY) byTag.get(tag)!.push(word);
  }
  return byTag;
}

/** Documents of generated text adding up to about `megabytes` of UTF-8. */
export function generatedCorpus(megabytes: number, seed = 20250219): BenchDoc[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const words = loadWords();
  const templates = readFileSync(join(ROOT, 'bench', 'templates.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const syllables = ['Deep', 'Seek', 'Kimi', 'Open', 'Mini', 'Max', 'Qwen', 'Hun', 'Yuan', 'Baichuan', 'Step', 'Zhi', 'Pu', 'Doubao', 'Llama', 'Gemini'];
  const slot: Record<string, () => string> = {
    num: () => String(1 + Math.floor(random() * 9999)),
    pct: () => `${(random() * 100).toFixed(1)}%`,
    money: () => `${1 + Math.floor(random() * 999)}${pick(['万元', '亿元', '亿美元', '万港元'])}`,
    date: () => `${2000 + Math.floor(random() * 26)}年${1 + Math.floor(random() * 12)}月${1 + Math.floor(random() * 28)}日`,
    year: () => `${1990 + Math.floor(random() * 36)}年`,
    latin: () => `${pick(syllables)}${pick(syllables)}${random() < 0.5 ? `-${pick(['R', 'V', 'M', 'k'])}${1 + Math.floor(random() * 5)}` : ''}`,
  };
  const fill = (template: string) => template.replace(SLOT, (_, name: string) => (slot[name] ? slot[name]() : pick(words.get(name)!)));
  const docs: BenchDoc[] = [];
  let bytes = 0;
  for (let d = 0; bytes < megabytes * 1e6; d++) {
    const lines: string[] = [];
    const paragraphs = 3 + Math.floor(random() * 8);
    for (let p = 0; p < paragraphs; p++) {
      let line = '';
      const sentences = 2 + Math.floor(random() * 5);
      for (let s = 0; s < sentences; s++) line += fill(pick(templates));
      lines.push(line);
    }
    let text = lines.join('\n');
    if (d % 3 === 2) text = toTraditional(text);
    docs.push({ id: `gen-${d}`, text });
    bytes += Buffer.byteLength(text);
  }
  return docs;
}

/** The development sets' sentences, as documents of about 50 sentences each. */
export function devSetCorpus(dataDir: string): BenchDoc[] {
  if (!existsSync(dataDir)) return [];
  const sentences: string[] = [];
  for (const [folder, file] of [['msra-ner', 'dev.bio.tsv'], ['peoples-daily-1998-ner', 'dev.bio'], ['peoples-daily-time-ner', 'dev.bio.tsv']]) {
    const path = join(dataDir, folder, file);
    if (!existsSync(path)) continue;
    let current = '';
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const ch = line.split(/[\t ]/)[0];
      if (line.trim() === '') {
        if (current !== '') sentences.push(current);
        current = '';
      } else current += ch;
    }
    if (current !== '') sentences.push(current);
  }
  const ud = join(dataDir, 'ud-gsd');
  if (existsSync(ud)) {
    for (const f of readdirSync(ud).filter((x) => x.endsWith('.conllu')).sort()) {
      for (const line of readFileSync(join(ud, f), 'utf8').split('\n')) if (line.startsWith('# text = ')) sentences.push(line.slice(9));
    }
  }
  const docs: BenchDoc[] = [];
  for (let i = 0; i < sentences.length; i += 50) docs.push({ id: `dev-${i / 50}`, text: sentences.slice(i, i + 50).join('\n') });
  return docs;
}
