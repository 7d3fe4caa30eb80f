import { describe, expect, it } from 'vitest';
import { FIGURE_LABELS, type FigureValue } from '../src/doc.js';
import { runPipeline } from '../src/pipeline.js';
import { convertStage } from '../src/stages/convert.js';
import { figuresStage } from '../src/stages/figures.js';
import { resolveStage } from '../src/stages/resolve.js';
import { segmentStage } from '../src/stages/segment.js';
import { sentencesStage } from '../src/stages/sentences.js';

type Found = [text: string, label: string, value: FigureValue];

/** The figures of a text, as the figures stage alone finds them after overlaps are resolved. */
function figures(text: string): Found[] {
  const doc = runPipeline({ id: 't', text }, [convertStage, sentencesStage, segmentStage, figuresStage, resolveStage]);
  return doc.entities
    .filter((e) => FIGURE_LABELS.includes(e.label))
    .map((e) => [doc.simplified.slice(e.start, e.end), e.label, e.value as FigureValue]);
}

const found: [string, Found[]][] = [
  // numbers
  ['用户突破3000万大关', [['3000万', 'CARDINAL', { value: 30000000 }]]],
  ['收入３０００元', [['３０００元', 'MONEY', { value: 3000, currency: 'CNY' }]]],
  ['共1,200家门店', [['1,200家', 'CARDINAL', { value: 1200, unit: '家' }]]],
  ['共1，200家门店', [['1，200家', 'CARDINAL', { value: 1200, unit: '家' }]]],
  ['股价下降了-3.8%', [['-3.8%', 'PERCENT', { value: -3.8, unit: '%' }]]],
  ['日本最低，为－０．３％', [['－０．３％', 'PERCENT', { value: -0.3, unit: '%' }]]],
  ['气温为−5℃', [['−5℃', 'QUANTITY', { value: -5, unit: '℃' }]]],
  ['投资一亿二千万元', [['一亿二千万元', 'MONEY', { value: 120000000, currency: 'CNY' }]]],
  ['拥有3.5亿用户', [['3.5亿', 'CARDINAL', { value: 350000000 }]]],
  ['招了2万5千人', [['2万5千', 'CARDINAL', { value: 25000 }]]],
  ['投入1千万元', [['1千万元', 'MONEY', { value: 10000000, currency: 'CNY' }]]],
  ['重三点五公斤', [['三点五公斤', 'QUANTITY', { value: 3.5, unit: '公斤' }]]],
  ['共计壹佰贰拾叁元整', [['壹佰贰拾叁元整', 'MONEY', { value: 123, currency: 'CNY' }]]],
  ['开了廿三家', [['廿三家', 'CARDINAL', { value: 23, unit: '家' }]]],
  ['卖出两千六百台', [['两千六百台', 'CARDINAL', { value: 2600, unit: '台' }]]],
  ['日活達到1695萬', [['1695万', 'CARDINAL', { value: 16950000 }]]],
  // shares
  ['三分之一的用户', [['三分之一', 'PERCENT', { value: 33.3333333333333, unit: '%' }]]],
  ['增长百分之三十', [['百分之三十', 'PERCENT', { value: 30, unit: '%' }]]],
  ['仅增长百分之零点九', [['百分之零点九', 'PERCENT', { value: 0.9, unit: '%' }]]],
  ['成本的3%', [['3%', 'PERCENT', { value: 3, unit: '%' }]]],
  ['占三成', [['三成', 'PERCENT', { value: 30, unit: '%' }]]],
  ['全场七折', [['七折', 'PERCENT', { value: 70, unit: '%' }]]],
  ['打七五折', [['七五折', 'PERCENT', { value: 75, unit: '%' }]]],
  ['不良率千分之五', [['千分之五', 'PERCENT', { value: 0.5, unit: '%' }]]],
  // money
  ['融资500万元', [['500万元', 'MONEY', { value: 5000000, currency: 'CNY' }]]],
  ['投资10亿美元', [['10亿美元', 'MONEY', { value: 1000000000, currency: 'USD' }]]],
  ['售价2.5万港元', [['2.5万港元', 'MONEY', { value: 25000, currency: 'HKD' }]]],
  ['月薪人民币3000元', [['人民币3000元', 'MONEY', { value: 3000, currency: 'CNY' }]]],
  ['只要￥50', [['￥50', 'MONEY', { value: 50, currency: 'CNY' }]]],
  ['估值$5 million', [['$5 million', 'MONEY', { value: 5000000, currency: 'USD' }]]],
  ['花了5 million dollars', [['5 million dollars', 'MONEY', { value: 5000000, currency: 'USD' }]]],
  ['捡了100块钱', [['100块钱', 'MONEY', { value: 100, currency: 'CNY' }]]],
  ['一支笔两毛五', [['两毛五', 'MONEY', { value: 0.25, currency: 'CNY' }]]],
  ['车费一块二毛五分', [['一块二毛五分', 'MONEY', { value: 1.25, currency: 'CNY' }]]],
  ['售价新台幣300元', [['新台币300元', 'MONEY', { value: 300, currency: 'TWD' }]]],
  // quantities and counts
  ['全长5公里', [['5公里', 'QUANTITY', { value: 5, unit: '公里' }]]],
  ['运输3.5吨', [['3.5吨', 'QUANTITY', { value: 3.5, unit: '吨' }]]],
  ['装机100兆瓦', [['100兆瓦', 'QUANTITY', { value: 100, unit: '兆瓦' }]]],
  ['面积50平方米', [['50平方米', 'QUANTITY', { value: 50, unit: '平方米' }]]],
  ['种了20亩地', [['20亩', 'QUANTITY', { value: 20, unit: '亩' }]]],
  ['内存256GB', [['256GB', 'QUANTITY', { value: 256, unit: 'GB' }]]],
  ['气温30℃', [['30℃', 'QUANTITY', { value: 30, unit: '℃' }]]],
  ['体温摄氏37度', [['摄氏37度', 'QUANTITY', { value: 37, unit: '℃' }]]],
  ['装了半公升', [['半公升', 'QUANTITY', { value: 0.5, unit: '公升' }]]],
  ['重三斤半', [['三斤半', 'QUANTITY', { value: 3.5, unit: '斤' }]]],
  ['用一万张卡', [['一万张', 'CARDINAL', { value: 10000, unit: '张' }]]],
  ['完成3个项目', [['3个', 'CARDINAL', { value: 3, unit: '个' }]]],
  ['两家公司', [['两家', 'CARDINAL', { value: 2, unit: '家' }]]],
  ['增长3 million', [['3 million', 'CARDINAL', { value: 3000000 }]]],
  // ordinals
  ['成为行业第一', [['第一', 'ORDINAL', { value: 1 }]]],
  ['排名第3名', [['第3名', 'ORDINAL', { value: 3 }]]],
  ['第二十一届大会', [['第二十一届', 'ORDINAL', { value: 21 }]]],
  ['首次亮相', [['首次', 'ORDINAL', { value: 1 }]]],
  // approximations, bounds and ranges
  ['超10亿月活用户', [['超10亿', 'CARDINAL', { value: 1000000000, mod: 'MORE_THAN' }]]],
  ['逾500名员工', [['逾500名', 'CARDINAL', { value: 500, unit: '名', mod: 'MORE_THAN' }]]],
  ['约3%的份额', [['约3%', 'PERCENT', { value: 3, unit: '%', mod: 'APPROX' }]]],
  ['用户3000万以上', [['3000万以上', 'CARDINAL', { value: 30000000, mod: 'MORE_THAN' }]]],
  ['不到100人', [['不到100', 'CARDINAL', { value: 100, mod: 'LESS_THAN' }]]],
  ['1000元以下', [['1000元以下', 'MONEY', { value: 1000, currency: 'CNY', mod: 'LESS_THAN' }]]],
  ['20公里左右', [['20公里左右', 'QUANTITY', { value: 20, unit: '公里', mod: 'APPROX' }]]],
  ['花了5000多美元', [['5000多美元', 'MONEY', { value: 5000, currency: 'USD', mod: 'APPROX', lower: 5000, upper: 6000 }]]],
  ['有3000多万用户', [['3000多万', 'CARDINAL', { value: 30000000, mod: 'APPROX', lower: 30000000, upper: 40000000 }]]],
  ['来了十几个人', [['十几个', 'CARDINAL', { unit: '个', mod: 'APPROX', lower: 10, upper: 20 }]]],
  ['来了两三个人', [['两三个', 'CARDINAL', { unit: '个', lower: 2, upper: 3 }]]],
  ['规模3至5万', [['3至5万', 'CARDINAL', { lower: 30000, upper: 50000 }]]],
  ['预算3-5万元', [['3-5万元', 'MONEY', { currency: 'CNY', lower: 30000, upper: 50000 }]]],
  ['容量为两升到三升。', [['两升到三升', 'QUANTITY', { unit: '升', lower: 2, upper: 3 }]]],
  // counts: 一 + classifier with no word after it, halves, pairs and dozens (the value counts the classifier)
  ['只要一个。', [['一个', 'CARDINAL', { value: 1, unit: '个' }]]],
  ['买了一对', [['一对', 'CARDINAL', { value: 1, unit: '对' }]]],
  ['呆账增加了一倍。', [['一倍', 'CARDINAL', { value: 1, unit: '倍' }]]],
  ['投资一点五亿元', [['一点五亿元', 'MONEY', { value: 150000000, currency: 'CNY' }]]],
  ['鸡蛋五打', [['五打', 'CARDINAL', { value: 5, unit: '打' }]]],
  ['剩下半个。', [['半个', 'CARDINAL', { value: 0.5, unit: '个' }]]],
  ['吃了一个半', [['一个半', 'CARDINAL', { value: 1.5, unit: '个' }]]],
  // shares and fractions: 一半, Cantonese 四分一, mixed numbers
  ['一半的用户', [['一半', 'PERCENT', { value: 50, unit: '%' }]]],
  ['一半以上', [['一半以上', 'PERCENT', { value: 50, unit: '%', mod: 'MORE_THAN' }]]],
  ['概率二份一', [['二份一', 'PERCENT', { value: 50, unit: '%' }]]],
  ['十份十一', [['十份十一', 'PERCENT', { value: 110, unit: '%' }]]],
  ['一又十分一', [['一又十分一', 'CARDINAL', { value: 1.1 }]]],
  ['一又三分之一', [['一又三分之一', 'CARDINAL', { value: 1.33333333333333 }]]],
  ['四分一升', [['四分一升', 'QUANTITY', { value: 0.25, unit: '升' }]]],
  ['二分一加侖', [['二分一加仑', 'QUANTITY', { value: 0.5, unit: '加仑' }]]],
  // Arabic forms: a leading point, a spaced sign, one-letter scales
  ['约为.77', [['.77', 'CARDINAL', { value: 0.77 }]]],
  ['- 1,200,000', [['- 1,200,000', 'CARDINAL', { value: -1200000 }]]],
  ['年薪100K', [['100K', 'CARDINAL', { value: 100000 }]]],
  ['亏损-1200K', [['-1200K', 'CARDINAL', { value: -1200000 }]]],
  ['用户1.04M', [['1.04M', 'CARDINAL', { value: 1040000 }]]],
  // a leading 千, 百 or 万 before a digit
  ['千一', [['千一', 'CARDINAL', { value: 1100 }]]],
  ['萬九', [['万九', 'CARDINAL', { value: 19000 }]]],
  ['百二萬', [['百二万', 'CARDINAL', { value: 1200000 }]]],
  // compound units and decimal tails
  ['3斤5两', [['3斤5两', 'QUANTITY', { value: 3.5, unit: '斤' }]]],
  ['六斤八兩', [['六斤八两', 'QUANTITY', { value: 6.8, unit: '斤' }]]],
  ['长3米20厘米', [['3米20厘米', 'QUANTITY', { value: 3.2, unit: '米' }]]],
  ["高8'6\"", [["8'6\"", 'QUANTITY', { value: 8.5, unit: '英尺' }]]],
  ['他身高一米八五的样子', [['一米八五', 'QUANTITY', { value: 1.85, unit: '米' }]]],
  ['他身高1米75', [['1米75', 'QUANTITY', { value: 1.75, unit: '米' }]]],
  ['高２米５，', [['２米５', 'QUANTITY', { value: 2.5, unit: '米' }]]],
  ['跑完100米20秒', [['100米', 'QUANTITY', { value: 100, unit: '米' }]]],
  ['三米九', [['三米九', 'QUANTITY', { value: 3.9, unit: '米' }]]],
  ['米九左右', [['米九左右', 'QUANTITY', { value: 1.9, unit: '米', mod: 'APPROX' }]]],
  ['米六到三米九', [['米六到三米九', 'QUANTITY', { unit: '米', lower: 1.6, upper: 3.9 }]]],
  ['1.6m-3.9m', [['1.6m-3.9m', 'QUANTITY', { unit: 'm', lower: 1.6, upper: 3.9 }]]],
  // units: prime marks, cc, spoons, English plurals as written
  ["8'", [["8'", 'QUANTITY', { value: 8, unit: '英尺' }]]],
  ['至少5"', [['至少5"', 'QUANTITY', { value: 5, unit: '英寸', mod: 'EQUAL_OR_MORE' }]]],
  ['称为"618"大促', [['618', 'CARDINAL', { value: 618 }]]], // a closing quote is no inch mark
  ["他说'8'", [['8', 'CARDINAL', { value: 8 }]]],
  ['250cc', [['250cc', 'QUANTITY', { value: 250, unit: 'cc' }]]],
  ['加一茶匙盐', [['一茶匙', 'QUANTITY', { value: 1, unit: '茶匙' }]]],
  ['8 foots', [['8 foots', 'QUANTITY', { value: 8, unit: '英尺' }]]],
  // money: Cantonese 個 as the dollar after a currency
  ['港幣三個一毫四', [['港币三个一毫四', 'MONEY', { value: 3.14, currency: 'HKD' }]]],
  // a middle dot as the decimal point before a unit, a percent or 万 (older typeset news)
  ['气温降到１１·５摄氏度', [['１１·５摄氏度', 'QUANTITY', { value: 11.5, unit: '℃' }]]],
  ['占１３·１％', [['１３·１％', 'PERCENT', { value: 13.1, unit: '%' }]]],
  ['日产2698·7万桶', [['2698·7万桶', 'QUANTITY', { value: 26987000, unit: '桶' }]]],
  // currencies with their country, and those gone into the euro under their own codes
  ['减少250亿挪威克朗', [['250亿挪威克朗', 'MONEY', { value: 25000000000, currency: 'NOK' }]]],
  ['还差30万铢', [['30万铢', 'MONEY', { value: 300000, currency: 'THB' }]]],
  ['损失50万德国马克', [['50万德国马克', 'MONEY', { value: 500000, currency: 'DEM' }]]],
  ['每月3000兰特', [['3000兰特', 'MONEY', { value: 3000, currency: 'ZAR' }]]],
  // 度 counting times before a verb, and degrees before anything else
  ['她六度参加尤伯杯', [['六度', 'CARDINAL', { value: 6, unit: '度' }]]],
  ['气温高达三十度的高温', [['三十度', 'QUANTITY', { value: 30, unit: '度' }]]],
  ['下降一度左右', [['一度左右', 'QUANTITY', { value: 1, unit: '度', mod: 'APPROX' }]]],
  ['位于北纬30．5度，', [['30．5度', 'QUANTITY', { value: 30.5, unit: '度' }]]],
  // loose ranges after a whole number
  ['要打一百四五十场球', [['一百四五十场', 'CARDINAL', { unit: '场', lower: 140, upper: 150 }]]],
  ['投资一万五六千元', [['一万五六千元', 'MONEY', { currency: 'CNY', lower: 15000, upper: 16000 }]]],
  ['达一百四五十万吨', [['一百四五十万吨', 'QUANTITY', { unit: '吨', lower: 1400000, upper: 1500000 }]]],
  ['三十五六个', [['三十五六个', 'CARDINAL', { unit: '个', lower: 35, upper: 36 }]]],
  // a financial numeral alone is a number where nothing but money stands beside it
  ['伍元', [['伍元', 'MONEY', { value: 5, currency: 'CNY' }]]],
  ['壹', [['壹', 'CARDINAL', { value: 1 }]]],
  // ○ stands for 〇 in typeset text
  ['增长一○○%', [['一○○%', 'PERCENT', { value: 100, unit: '%' }]]],
  // 数 before a place is several of it, as 几 is
  ['组织数十名专家', [['数十名', 'CARDINAL', { value: 10, unit: '名', mod: 'APPROX', lower: 10, upper: 100 }]]],
  ['损失数百万元', [['数百万元', 'MONEY', { value: 1000000, currency: 'CNY', mod: 'APPROX', lower: 1000000, upper: 10000000 }]]],
  ['数万人参加', [['数万', 'CARDINAL', { value: 10000, mod: 'APPROX', lower: 10000, upper: 100000 }]]],
  // fractions with a slash are shares, as 三分之二 is
  ['我有2/3的精力', [['2/3', 'PERCENT', { value: 66.6666666666667, unit: '%' }]]],
  ['增长的１／４以上', [['１／４以上', 'PERCENT', { value: 25, unit: '%', mod: 'MORE_THAN' }]]],
  ['约1/3', [['约1/3', 'PERCENT', { value: 33.3333333333333, unit: '%', mod: 'APPROX' }]]],
  // a list of numbers is no list of items
  ['分别为：3、5、7', [['3', 'CARDINAL', { value: 3 }], ['5', 'CARDINAL', { value: 5 }], ['7', 'CARDINAL', { value: 7 }]]],
];

describe('figures found', () => {
  it.each(found)('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

const leftAlone: string[] = [
  '他做事三心二意', '腾讯一反常态', '2023年的百模大战', '六小虎都在追赶', '一位研究员说', '在一次内部讲话中',
  '另外一种可能', '统一市场', '唯一的办法', '万一出事', '希望GPT5晚点发布', 'OpenAI o1模型', 'Kimi k1.5多模态模型',
  'DeepSeek-R1发布', 'Baichuan-M1', '电话13812345678', '身份证110101199003071234', '访问https://example.com/2025/3',
  '2025年2月', '2月1日', '过去一个月', '两年前', '2025-02-01发布', '15:30开会', '下午三点', '千万不要', '这一里程碑',
  '业界首创', '创新点之一', '一样的', '一直强调', '大杀四方', '昙花一现',
  '一个人', '一对夫妇', '拥抱在一起。', '会见了市长一行。', '这一种，', '超过前一届。', '每一个。', '一种“术”', '一点一滴', '半个中国', '半个月', '另一半', '十分一致', '十分一般', '3M公司', '3M', '5G网络', '.0012G', '-.0012G', '4K屏幕', '千万要小心',
  // days and events named by a dotted date, items of a list, 度 as once, financial numerals in words
  '“１０·９”特大案件', '5·12大地震', '原因有：一、出于好奇；二、寻求刺激', '举行。 六、免去其职务', '观点：（１）国际分工',
  '１. 在受理报警时', '禁令。 ２、五月三十日', '1：甘棠镇发展', '“四二○”又如', '一度濒临灭绝', '日元兑美元一度跌至低位', '四年一度的大选', '马里兰州伍顿高中', '有资金的可参股', '陆军部队',
  '三三两两的妇女', '三五成群地', '忙得七七八八', '十有八九', '三天两头来',
  // rounds of a cup, improper and dated slashes, scores and ratios, service numbers, quoted names
  '在1/8决赛中', '１／４决赛', '12/5', '3/4/5', '9/11事件', '3/15晚会', '以２∶１战胜', '以3比1战胜', '比例尺１∶５万', '拨打110报警', '12315热线',
  '获全国“五一”劳动奖章', '“八五”期间', '『八一』前夕', '四季如春', '他数了数', '数一数二',
];

describe('no figure', () => {
  it.each(leftAlone)('%s', (text) => {
    expect(figures(text)).toEqual([]);
  });
});
