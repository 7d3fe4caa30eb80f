// The seed article (Traditional): every name the names issue lists is found with its label,
// and the stage makes no names out of the article's ordinary words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NAME_LABELS } from '../src/doc.js';
import { annotate } from '../src/index.js';

const text = readFileSync(new URL('../corpus/deepseek-r1-industry.txt', import.meta.url), 'utf8');
const doc = annotate(text);
const names = doc.entities.filter((e) => (NAME_LABELS as readonly string[]).includes(e.label));

// 北京 appears only inside 北京兒童醫院, where the longer ORG wins (ANNOTATION.md, Boundaries).
const EXPECTED: [string, string][] = [
  ...['周震刚', '李开复', '梁汝波', '刘军'].map((n): [string, string] => [n, 'PERSON']),
  ...['零一万物', '阿里云', '百川智能', '阶跃星辰', '智谱AI', '月之暗面', 'MiniMax', '字节跳动', '阿里巴巴', '腾讯', '幻方', '英伟达',
    '浪潮信息', 'IDC中国', '21世纪经济报道', '北京儿童医院', 'DeepSeek', 'OpenAI', 'QuestMobile'].map((n): [string, string] => [n, 'ORG']),
  ...['中国', '苏州高新区'].map((n): [string, string] => [n, 'GPE']),
  ...['DeepSeek-R1', 'OpenAI o1', 'Kimi k1.5', '豆包App', '微信', '混元', 'DeepSeek-V3', 'GPT5', 'Baichuan-M1', 'DeepSeek R1', '腾讯元宝',
    'QQ浏览器', 'QQ音乐', '腾讯文档', '微信搜一搜', 'Llama'].map((n): [string, string] => [n, 'PRODUCT']),
];

describe('names in the seed article', () => {
  it.each(EXPECTED)('finds %s as %s', (name, label) => {
    const found = names.filter((e) => e.simplified === name);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((e) => e.label))).toEqual(new Set([label]));
  });

  it('makes no other names (the short form 字节 and the app ima apart)', () => {
    const allowed = new Set([...EXPECTED.map(([n]) => n), '字节', 'ima']);
    expect(names.filter((e) => !allowed.has(e.simplified)).map((e) => `${e.simplified}/${e.label}/${e.rule}`)).toEqual([]);
  });

  it('reads 字节 after 字节跳动 as the same organisation', () => {
    expect(names.find((e) => e.simplified === '字节')).toMatchObject({ label: 'ORG', rule: 'name.short-form' });
  });

  it('gives every name span the original text at its code-point offsets', () => {
    const cps = [...text];
    for (const e of names) expect(cps.slice(e.start, e.end).join('')).toBe(e.text);
  });
});
