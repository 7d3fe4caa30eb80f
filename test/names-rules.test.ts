// Rule families of the names stage, on sentences written for the test: what each rule finds,
// with its label and rule name, and what the rejections keep out.
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';

const NAME_LABELS = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'PRODUCT']);
function names(text: string) {
  return annotate(text).entities.filter((e) => NAME_LABELS.has(e.label));
}
function spanOf(text: string, name: string) {
  return names(text).find((e) => e.simplified === name);
}

// [sentence, name, label, rule prefix]
const FOUND: [string, string, string, string][] = [
  // persons
  ['公司副总裁王建国表示，今年将扩大投资。', '王建国', 'PERSON', 'person.'],
  ['本报记者欧阳春报道，这个项目很重要。', '欧阳春', 'PERSON', 'person.surname-given'],
  ['美国总统克林顿今天抵达北京。', '克林顿', 'PERSON', 'person.transliterated'],
  ['他见到了埃隆·马斯克。', '埃隆·马斯克', 'PERSON', 'person.joined'],
  ['他们学习邓小平理论。', '邓小平', 'PERSON', 'person.attached'],
  ['克林顿政府这样做没有过失。', '克林顿', 'PERSON', 'person.attached'],
  ['昨天吴先生来到了学校。', '吴', 'PERSON', 'person.surname-title'],
  ['李老师看了后笑了。', '李', 'PERSON', 'person.surname-title'],
  // a surname alone before a title, in one word or two (江主席/n, 张/q 医生); 家 only in a name-tagged word
  ['江主席会见了外宾。', '江', 'PERSON', 'person.surname-title'],
  ['张医生的银针让他恢复了健康。', '张', 'PERSON', 'person.surname-title'],
  ['刘家的情况牵动着他的心。', '刘', 'PERSON', 'person.surname-title'],
  ['会上，院长张振海说明了情况。', '张振海', 'PERSON', 'person.'],
  ['这本书由美国教授马克·吐温写成。', '马克·吐温', 'PERSON', 'person.joined'],
  // transliteration characters beyond the commonest (翰, 别)
  ['丹麦队教练约翰松说，法国队很强。', '约翰松', 'PERSON', 'person.transliterated'],
  ['布热津斯基如今是大学教授。', '布热津斯基', 'PERSON', 'person.transliterated'],
  ['齐达内的被罚停赛影响全队。', '齐达内', 'PERSON', 'person.transliterated'],
  // a transliterated word longer than a surname and a given name is foreign, though a surname leads it
  ['俄罗斯国防部长谢尔盖耶夫说，', '谢尔盖耶夫', 'PERSON', 'person.transliterated'],
  // a surname-led word before a word jieba tags a foreign name starts it (金/nr 里奇/nrt)
  ['金里奇对这项政策不满。', '金里奇', 'PERSON', 'person.joined'],
  // two characters jieba tags a foreign name, right after a title
  ['德国总理科尔今天抵达北京。', '科尔', 'PERSON', 'person.transliterated'],
  ['他是联合国特别代表比耶。', '比耶', 'PERSON', 'person.transliterated'],
  // a stem of transliteration characters before a place suffix; after a listed place only a natural feature's
  ['巴西罗赖马州发生火灾。', '罗赖马州', 'GPE', 'place.foreign-stem'],
  // a former state the segmenter keeps in one word with 原
  ['核电站是原苏联时期建造的。', '原苏联', 'GPE', 'place.listed'],
  // a transliterated word jieba tags a foreign person that ends in a place suffix is the place
  ['他在克拉斯诺亚尔斯克举行记者招待会。', '克拉斯诺亚尔斯克', 'GPE', 'place.foreign-stem'],
  ['他来到美国阿马里洛市。', '阿马里洛市', 'GPE', 'place.foreign-stem'],
  ['这座城市叫做卡拉马町。', '卡拉马町', 'GPE', 'place.foreign-stem'],
  ['非洲几内亚湾地区石油储量很大。', '几内亚湾', 'LOC', 'place.foreign-stem'],
  // joined abbreviations before a region or border cue; a pair cue after another character and an abbreviation
  ['来自港澳地区的同胞很多。', '澳', 'GPE', 'place.abbreviation-joined'],
  ['双方在中印边境举行会谈。', '印', 'GPE', 'place.abbreviation-joined'],
  ['布中两国关系良好。', '布', 'GPE', 'place.abbreviation-pair'],
  ['这是一家中坦合资经营的企业。', '坦', 'GPE', 'place.abbreviation-joined'],
  ['中缅边境线上很安静。', '缅', 'GPE', 'place.abbreviation-joined'],
  ['秘美两国在反毒方面合作。', '美', 'GPE', 'place.abbreviation-'],
  // a word of two abbreviations and nothing else; one abbreviation as a word before a state's office
  ['中日实现邦交正常化已经多年。', '日', 'GPE', 'place.abbreviation-word'],
  ['欧美市场已经饱和。', '欧', 'LOC', 'place.abbreviation-word'],
  ['俄总理今天透露了消息。', '俄', 'GPE', 'place.abbreviation-state'],
  // a verb that starts the abbreviation's word (抗日战争, 对华); countries beyond the commonest (卢旺达)
  ['他参加过抗日战争。', '日', 'GPE', 'place.abbreviation-verb'],
  ['欧盟对华投资稳定增长。', '华', 'GPE', 'place.abbreviation-verb'],
  ['美、卢两国提出新的方案。', '卢', 'GPE', 'place.abbreviation-list'],
  // a word jieba tags a place, with its suffix as the next word
  ['他在张店区南定镇的工厂上班。', '南定镇', 'GPE', 'place.suffix'],
  // a settlement's suffix ends a place in a word jieba tags a person or a new word
  ['他回到了余家村看望父母。', '余家村', 'GPE', 'place.suffix'],
  ['他们访问了贝伦市的大学。', '贝伦市', 'GPE', 'place.suffix'],
  // after a dateline, the organisation starts at its own head
  ['本报海口5月3日讯海南椰风公司今天举行典礼。', '海南椰风公司', 'ORG', 'org.suffix'],
  // 正 stands in given names (it is no function word)
  ['记者刘正明报道，会议顺利结束。', '刘正明', 'PERSON', 'person.'],
  // a dictionary name keeps characters rare in names (其); a weak surname (张) with two given characters
  ['钱其琛就筹委会的工作谈了三点意见。', '钱其琛', 'PERSON', 'person.tagged'],
  ['革命先烈张太雷之女来到这里。', '张太雷', 'PERSON', 'person.tagged'],
  // ... as does a word jieba's HMM found right after a title (有)
  ['地委书记黄有泉带领沿河六县的领导。', '黄有泉', 'PERSON', 'person.discovered'],
  // a one-character given name in a 、-list right after a person's name (杨/nr 影/vn)
  ['女队由李菊、王楠、杨影出征。', '杨影', 'PERSON', 'person.surname-given'],
  // places
  ['这家企业落户苏州高新区。', '苏州高新区', 'GPE', 'place.listed-suffix'],
  ['长江流域今年雨水偏多。', '长江', 'LOC', 'place.listed'],
  ['他从广西来到新疆。', '广西', 'GPE', 'place.listed'],
  ['她毕业后去了法国。', '法国', 'GPE', 'place.listed'],
  ['中美关系保持稳定。', '美', 'GPE', 'place.abbreviation-joined'],
  ['总统访华期间签署了协议。', '华', 'GPE', 'place.abbreviation-verb'],
  ['中方对此表示欢迎。', '中', 'GPE', 'place.abbreviation-side'],
  // abbreviations listed with 、 (provinces too); the first may end a word with a verb (在英)
  ['部队转战赣、粤、闽、湘，终于到达。', '闽', 'GPE', 'place.abbreviation-list'],
  ['她曾在英、法两地求学。', '英', 'GPE', 'place.abbreviation-list'],
  // organisations
  ['孩子在北京儿童医院接受治疗。', '北京儿童医院', 'ORG', 'org.suffix'],
  ['央行宣布下调利率。', '央行', 'ORG', 'org.listed'],
  ['国务院发布了新规定。', '国务院', 'ORG', 'org.listed'],
  ['中国队在决赛中获胜。', '中国队', 'ORG', 'org.'],
  ['印尼女队获得亚军。', '印尼女队', 'ORG', 'org.suffix'],
  ['省委老干部局组织了一次活动。', '省委老干部局', 'ORG', 'org.suffix'],
  ['浙江省杭州市煤气公司扩大了生产。', '杭州市煤气公司', 'ORG', 'org.suffix'],
  ['这件事已经国家质量技术监督局批准。', '国家质量技术监督局', 'ORG', 'org.suffix'],
  ['县委书记来到村里。', '县委', 'ORG', 'org.listed'],
  // a title inside the last word (县委书记, 局长); a weak suffix closing a longer word (处理厂)
  ['他曾任洪泽县委书记。', '洪泽县委', 'ORG', 'org.suffix'],
  ['济南污水处理厂一期工程建成运行。', '济南污水处理厂', 'ORG', 'org.suffix'],
  // the title 局长 after a word ending in 局 is no part of the name (not 海洋局局)
  ['国家海洋局局长表示将加强监测。', '国家海洋局', 'ORG', 'org.'],
  // an office and its head's title in one word name the office
  ['财政部长出席了会议。', '财政部', 'ORG', 'org.suffix'],
  // a title ending in a suffix's character (常委) is no part of the body before it
  ['海南省委常委出席了会议。', '海南省委', 'ORG', 'org.'],
  // a 《title》 with a press word after it, or with a place before a press title
  ['他在《星空》杂志发表了文章。', '《星空》杂志', 'ORG', 'org.press-title'],
  ['法国《费加罗报》报道了此事。', '法国《费加罗报》', 'ORG', 'org.press-title'],
  // a team with no place head, in a sports frame; a place before a team's name stays with it
  ['昨晚的比赛中，公牛队击败了对手。', '公牛队', 'ORG', 'org.team'],
  // abbreviated bodies end in 联, 协 (中国残联, 省作协)
  ['中国残联发布了报告。', '中国残联', 'ORG', 'org.'],
  ['上届冠军沈阳海狮队今天输了。', '沈阳海狮队', 'ORG', 'org.'],
  // a place as a team: right after a match verb, or before its players; else a place
  ['昨晚巴西击败了意大利。', '意大利', 'ORG', 'org.place-team'],
  ['挪威队员获得了金牌。', '挪威', 'ORG', 'org.place-team'],
  // players from a place are no team: the place stays a place
  ['挪威选手获得了金牌。', '挪威', 'GPE', 'place.'],
  ['挪威的冬天很长。', '挪威', 'GPE', 'place.'],
  // a prefix and a surname in one word jieba tags a name; a surname before 老 in one such word; more bare titles
  ['那个老李是个热心人。', '李', 'PERSON', 'person.prefix-surname'],
  ['谈起朱老对她的照顾，她很激动。', '朱', 'PERSON', 'person.surname-title'],
  ['经历的王小姐这时也来了。', '王', 'PERSON', 'person.surname-title'],
  ['双方合作，唐外长说明了立场。', '唐', 'PERSON', 'person.surname-title'],
  // a foreign name's last syllable cut off as a word of another kind (厄普/nrt 顿/q)
  ['协会表示接受厄普顿的上诉。', '厄普顿', 'PERSON', 'person.joined'],
  // schools and hotels end names; a title right before a strong suffix names the members
  ['他担任吉林省戏曲学校校长。', '吉林省戏曲学校', 'ORG', 'org.suffix'],
  ['中国体育记者协会今天举办活动。', '中国体育记者协会', 'ORG', 'org.suffix'],
  // chains: a sub-unit after its organisation, a session number before a body
  ['他毕业于北京大学生物系。', '北京大学生物系', 'ORG', 'org.chain'],
  ['中国农业银行河北省分行今天开业。', '中国农业银行河北省分行', 'ORG', 'org.chain'],
  ['第六届全国人大第一次会议召开。', '第六届全国人大', 'ORG', 'org.chain'],
  // Japanese names: a listed family name and a given name in one word; the family name alone next to a cue
  ['日本首相桥本龙太郎今天说明了立场。', '桥本龙太郎', 'PERSON', 'person.japanese'],
  ['山本说，这个计划很重要。', '山本', 'PERSON', 'person.japanese'],
  // products
  ['他们公司高层希望GPT5晚点发布。', 'GPT5', 'PRODUCT', 'product.versioned'],
  ['月之暗面发布了Kimi k1.5多模态模型。', 'Kimi k1.5', 'PRODUCT', 'product.versioned'],
  ['很多用户每天打开微信。', '微信', 'PRODUCT', 'product.listed'],
];

describe('names rules find', () => {
  it.each(FOUND)('%s → %s', (text, name, label, rule) => {
    const e = spanOf(text, name);
    expect(e, JSON.stringify(names(text))).toBeDefined();
    expect(e!.label).toBe(label);
    expect(e!.rule.startsWith(rule)).toBe(true);
  });
});

// [sentence, an ordinary word that must not be (part of) a name]
const REJECTED: [string, string][] = [
  ['降低了人们使用高水平技术的门槛。', '高水平'],
  ['高昂的成本让许多企业头疼。', '高昂'],
  ['整个行业都搅动了江湖。', '江湖'],
  ['日活跃用户突破三千万大关。', '大关'],
  ['这名医生已经正式上岗。', '上岗'],
  ['微信开发了搜索的入口。', '入口'],
  ['这种做法在日常生活中很常见。', '日'],
  ['他用一万张卡训练了模型。', '张卡'],
  ['该公司表示将继续投入。', '公司'],
  ['物价越来越高。', '越'],
  ['她在沈阳市劳动部门工作。', '劳动部'],
  ['协和医院院长李明说明了情况。', '院长'],
  ['这里的小路很温馨。', '温馨'],
  ['她和先生一起去了上海。', '和'],
  // a surname character that is a word of its own before a title (原: former), a preposition, 家 in a common noun
  ['原主席说明了情况。', '原'],
  ['他向部长报告了情况。', '向'],
  ['这一局庄家赢了。', '庄'],
  // a prefix before a surname character in a common word (老师, 小时), not tagged a name
  ['老师说明天放假。', '师'],
  ['等了两个小时才到。', '时'],
  ['老黄牛精神值得学习。', '黄'],
  // an abbreviation's character inside a word its verb does not start, in an idiom, as a function word,
  // in a common word of two abbreviation characters or of one and a cue character
  ['这里的生活越来越好。', '越'],
  ['他的财富与日俱增。', '日'],
  ['我们要在以人为本的方针下工作。', '以'],
  ['他的美德值得学习。', '美'],
  ['双方同意加深两国合作。', '加'],
  // no sub-unit in a place after an organisation (莫斯科 ends in 科), nor in a common noun (关系)
  ['新华社莫斯科6月2日电，会议结束。', '新华社莫斯科'],
  ['可口可乐公司关系很好。', '可口可乐公司关系'],
  ['辖区中小学校都已开学。', '中小学校'],
  // a Japanese family name's characters starting a common word, or alone with no cue
  ['那条小川流过村庄。', '小川'],
  // a list with an item that is no abbreviation
  ['要德、智、体全面发展。', '德'],
  // a list of things, not of names
  ['这里出产苹果、杨影、石榴。', '杨影'],
  ['本报巴黎6月29日电德国队获胜。', '日电'],
  // an organisation's body runs across no date and no dateline word
  ['本报北京12月31日讯椰风公司宣布。', '日讯'],
  ['海南省1998年椰风公司成立。', '1998年'],
  ['本报北京电中国远洋公司宣布。', '北京电'],
  // a stem of two transliteration characters is too short for a place (卡拉 市)
  ['他们来到卡拉市。', '卡拉市'],
  // other suffixes do not end a place in a word jieba tags a person (五星红旗/nr)
  ['广场上升起五星红旗。', '五星红旗'],
  ['那里的深海石油储量很大。', '深海'],
  ['他们来到驻守在偏远山区的部队。', '山区'],
  // no sports frame, or a kind of team rather than one team
  ['公牛队的标志挂在墙上。', '公牛队'],
  ['比赛前，消防队赶到了现场。', '消防队'],
  // a party or government body with no place before it names no one body
  ['市政府和党委高度重视这项工作。', '市政府'],
  ['市政府和党委高度重视这项工作。', '党委'],
  // a word jieba tags nt with no organisation suffix in it is no name (音乐会, 国际化)
  ['今晚的音乐会很精彩。', '音乐会'],
  ['质量国际化有三个标志。', '国际化'],
  // common nouns ending in a suffix's character (部, 军, 局, 队)
  // ordinary words jieba tags as names
  ['北京今天有雷阵雨。', '雷阵雨'],
  ['这种材料的安全性很高。', '安全性'],
  ['卫冕冠军今天出场。', '冠军'],
  ['广大干部积极参与顾全大局。', '干部'],
  ['广大干部积极参与顾全大局。', '大局'],
  // a 《title》 alone, or a place before a title that names no press, is no organisation
  ['他读了《星空》这本书。', '《星空》'],
  ['法国《悲惨世界》很有名。', '法国《悲惨世界》'],
];

describe('names rules reject', () => {
  it.each(REJECTED)('%s has no name %s', (text, word) => {
    expect(names(text).filter((e) => e.simplified.includes(word))).toEqual([]);
  });
});

describe('abbreviation lists', () => {
  it('leave out the last character of a longer word before the list (东京、沪)', () => {
    const found = names('这些货物销往东京、沪、港。').map((e) => e.simplified);
    expect(found).toContain('沪');
    expect(found).not.toContain('京');
  });
});

describe('two-character foreign names', () => {
  it('are no cut-off part of a longer name, nor a word in a work title', () => {
    expect(spanOf('德国总理科尔米今天抵达北京。', '科尔')).toBeUndefined();
    expect(spanOf('她订阅了《小学生科普报》。', '科普')).toBeUndefined();
  });
});

describe('document consistency', () => {
  it('names a later mention of a found name, and a short form introduced after the full name', () => {
    const text = '字节跳动发布了新模型。业内人士认为，字节意识到了变化。';
    const short = spanOf(text, '字节');
    expect(short).toMatchObject({ label: 'ORG', rule: 'name.short-form' });
  });

  it('does not read a short form before its full name', () => {
    const text = '字节意识到了变化。后来字节跳动发布了新模型。';
    expect(spanOf(text, '字节')).toBeUndefined();
  });
});
