// Organisation and place rules of the names stage, on sentences written for the test: what each
// rule finds (text, label, rule) and what it keeps out.
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';

const NAME_LABELS = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'PRODUCT']);
function names(text: string) {
  return annotate(text).entities.filter((e) => NAME_LABELS.has(e.label));
}

// [sentence, name, label, rule prefix]
const FOUND: [string, string, string, string][] = [
  // an office's suffix and 长 in one word close the office's name after its line of work and a place
  ['委内瑞拉能矿部长阿列塔近日指出，', '委内瑞拉能矿部', 'ORG', 'org.office-title'],
  ['唐家璇与几内亚计划合作部长迪亚洛签署协议。', '几内亚计划合作部', 'ORG', 'org.office-title'],
  // a place's customs office
  ['北京海关近日查获走私案。', '北京海关', 'ORG', 'org.suffix'],
  // a conjunction between two plain nouns inside a strong body's name
  ['记者走访了国家食物与营养咨询委员会的专家。', '国家食物与营养咨询委员会', 'ORG', 'org.suffix'],
  ['美国药品研究和制造商协会的负责人说，', '美国药品研究和制造商协会', 'ORG', 'org.suffix'],
  // a verb jieba tags a name stays out of the organisation after a place
  ['谢谢杭州新华大酒店的款待。', '杭州新华大酒店', 'ORG', 'org.suffix'],
  // a sub-unit ending in a suffix joins its organisation
  ['他来到人民日报社文艺部工作。', '人民日报社文艺部', 'ORG', 'org.'],
  // a body named for a person keeps its strong suffix in a word jieba tags a name
  ['李嘉诚基金会另有捐款。', '李嘉诚基金会', 'ORG', 'org.'],
  // a person right before a strong suffix's word names the body after them
  ['邵逸夫基金会捐款建楼。', '邵逸夫基金会', 'ORG', 'org.suffix'],
  // a weak suffix's word jieba tags a verb still ends a name that has no suffix of its own
  ['欧佩克组织成员国今天开会。', '欧佩克组织', 'ORG', 'org.suffix'],
  // a new word jieba's HMM found heads the suffix word right after it
  ['他和萨琳公司的人谈过。', '萨琳公司', 'ORG', 'org.suffix'],
  ['洛丁集团宣布裁员。', '洛丁集团', 'ORG', 'org.suffix'],
  // a unit's number stands in a body
  ['他毕业于武汉第二中学。', '武汉第二中学', 'ORG', 'org.suffix'],
  // a verb inside a body that a head word starts
  ['国家扶贫资金管理委员会成立。', '国家扶贫资金管理委员会', 'ORG', 'org.suffix'],
  // a title ending in a press word names its paper, without the marks
  ['他订阅了《北方晨报》。', '北方晨报', 'ORG', 'org.press-title'],
  // a venue's suffix names the building, a place
  ['他参观了故宫博物馆。', '故宫博物馆', 'LOC', 'place.venue'],
  ['比赛在首都体育馆举行。', '首都体育馆', 'LOC', 'place.venue'],
  // a place before an organisation whose name starts with none belongs to it
  ['天津市妇联召开会议。', '天津市妇联', 'ORG', 'org.chain'],
  // a place, a station word and a body it keeps elsewhere make one name
  ['中国驻美国大使馆发言人说。', '中国驻美国大使馆', 'ORG', 'org.chain'],
  ['俄罗斯驻华大使馆举行招待会。', '俄罗斯驻华大使馆', 'ORG', 'org.station'],
  // a sub-unit whose name holds words of doing, closed by a body's own word, joins its organisation
  ['中国作家协会对外联络协调办公室成立了。', '中国作家协会对外联络协调办公室', 'ORG', 'org.chain'],
  // a place listed with a team, or set against one in a sports frame, is a team
  ['数次夺冠的意大利、巴西队进入了决赛。', '意大利', 'ORG', 'org.place-team'],
  ['联赛第一轮，山东对江苏队。', '山东', 'ORG', 'org.place-team'],
  // 对 outside a sports frame, and 与 after a venue, make no team of a place
  ['中国对美国出口增长，美国队获胜。', '中国', 'GPE', 'place.'],
  ['北京队在成都与四川队苦战。', '成都', 'GPE', 'place.'],
  // an abbreviation jieba tags j as a subject of its own names its country
  ['他说，俄目前面临困难。', '俄', 'GPE', 'place.abbreviation-alone'],
];

// [sentence, text that is no name and is inside no name]
const REJECTED: [string, string][] = [
  // two bodies or two places joined by 和 are a list, no one body
  ['北京大学和清华大学的学生', '北京大学和清华大学'],
  ['中国和美国协会的代表', '中国和美国'],
  // a word jieba tags a place that is an ordinary word heads no team (上半场/ns)
  ['上半场中国队落后10分。', '上半场中国队'],
  // customs with no place before it is no name
  ['据海关统计，出口增长。', '海关'],
  // a place alone before 部长 names no office
  ['中国部长会议今天召开。', '中国部'],
  // two names side by side are no chain: the second ends in no suffix
  ['交通银行新浪微博上线了。', '交通银行新浪'],
  // a line of business after an organisation is no sub-unit (宣传 科技)
  ['新华社大力宣传科技。', '宣传科技'],
  // a phrase jieba tags a name, ending in a weak suffix's character, names no body
  ['我们要从严治党。', '从严治党'],
  ['他是一位老红军。', '老红军'],
  // a long phrase jieba tags a name heads no weak suffix
  ['北京大学大力发展科技。', '大力发展科技'],
  // a suffix's character as a function word or a verb ends no name (所/c, 组织/v)
  ['这是印度所面临的问题。', '印度所'],
  ['这次活动由中国青年联合会组织实施。', '联合会组织'],
  // a new word glued from function characters heads nothing (这是/x, 据市/x), nor does one before a place
  ['这是银行的规定。', '这是银行'],
  ['据市气象局预报明天有雨。', '据市'],
  ['中国队逼平保加利亚队。', '逼平'],
  // a number with a classifier counts bodies, and no body runs across it
  ['他在东京一家医院工作。', '东京一家医院'],
  // a station word with no place before it starts no name
  ['他到驻华大使馆办事。', '到驻华大使馆'],
  // a verb right after an organisation is its predicate, no part of a sub-unit
  ['财政部派出工作组前往灾区。', '财政部派出'],
  // no body runs across a verb to another body's suffix
  ['美国钢铁公司收购钢材加工公司。', '钢铁公司收购'],
  // an abbreviation's character after a word, or before a one-character word, is no country
  ['《中国法》出版了。', '法'],
  ['阿袁在外地学习。', '阿'],
  // a title ending in no press word names no paper
  ['他读了《北方的河》。', '北方的河'],
  // 地区 after a word jieba tags a place is a kind of area, not a named one
  ['沿海地区经济发展很快。', '沿海地区'],
  // a word that is a strong suffix alone is a kind of body
  ['这次活动由联合会组织实施。', '联合会'],
];

describe('organisation rules find', () => {
  it.each(FOUND)('%s: %s as %s (%s)', (text, name, label, rule) => {
    const e = names(text).find((x) => x.simplified === name);
    expect(e?.label).toBe(label);
    expect(e?.rule.startsWith(rule)).toBe(true);
  });
});

describe('organisation rules reject', () => {
  it.each(REJECTED)('%s has no name holding %s', (text, word) => {
    expect(names(text).filter((e) => e.simplified.includes(word))).toEqual([]);
  });
});
