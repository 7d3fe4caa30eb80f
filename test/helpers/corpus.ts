// Small generated corpora for the batch tests: varied news-like sentences from a few fragments,
// chosen by a seeded generator so that every run of a test sees the same text.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ORGS = ['深度求索', '阿里巴巴', '腾讯', '华为', '月之暗面', '英伟达', '小米集团'];
const PLACES = ['北京', '上海', '深圳', '杭州', '香港', '台北'];
const THINGS = ['营收', '利润', '出货量', '用户数', '研发投入'];
const ENDS = ['。', '，市场反应积极。', '，超出此前预期。', '！'];

export function generator(seed: number) {
  let s = seed;
  const next = (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
  const pick = <T>(xs: readonly T[]) => xs[next(xs.length)];
  const sentence = () => {
    switch (next(4)) {
      case 0:
        return `${2018 + next(8)}年${1 + next(12)}月${1 + next(28)}日，${pick(ORGS)}在${pick(PLACES)}宣布${pick(THINGS)}同比增长${1 + next(90)}%${pick(ENDS)}`;
      case 1:
        return `${pick(ORGS)}的${pick(THINGS)}已达${100 + next(9000)}亿元${pick(ENDS)}`;
      case 2:
        return `據${pick(PLACES)}媒體報道，${pick(ORGS)}與英偉達於${1 + next(12)}月${1 + next(28)}日簽署合作協議${pick(ENDS)}`;
      default:
        return `DeepSeek-R${1 + next(3)}发布后，${pick(ORGS)}股价上涨了${1 + next(30)}%${pick(ENDS)}`;
    }
  };
  /** A document of a few paragraphs of about `sentences` sentences in all. */
  const text = (sentences: number) => {
    const paragraphs: string[] = [];
    for (let left = sentences; left > 0; ) {
      const n = Math.min(left, 1 + next(4));
      paragraphs.push(Array.from({ length: n }, sentence).join(''));
      left -= n;
    }
    return paragraphs.join('\n');
  };
  return { next, text };
}

/**
 * A folder of `txt` .txt files in two levels and one .jsonl file of `records` records, with a
 * metadata.csv giving the first .txt file a reference date.
 */
export function writeCorpus(dir: string, { txt, records, sentences = 6, seed = 7 }: { txt: number; records: number; sentences?: number; seed?: number }): void {
  const g = generator(seed);
  mkdirSync(join(dir, 'sub'), { recursive: true });
  for (let i = 0; i < txt; i++) writeFileSync(join(dir, i % 2 === 0 ? '' : 'sub', `t${String(i).padStart(3, '0')}.txt`), g.text(sentences));
  writeFileSync(join(dir, 'metadata.csv'), 'file,date,title\nt000.txt,2025-02-19,第一篇\n');
  const lines = Array.from({ length: records }, (_, i) =>
    JSON.stringify({ id: `r${i}`, text: g.text(sentences), ...(i % 3 === 0 ? { date: '2024-06-30' } : {}), section: i % 2 === 0 ? '科技' : '财经' }),
  );
  writeFileSync(join(dir, 'records.jsonl'), lines.join('\n') + '\n');
}
