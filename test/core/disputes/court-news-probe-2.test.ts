// A second probe of sentences written by us in the style of court news (not copied from any
// source), for the phrasings the first probe did not cover: cause clauses over a thing or an
// activity, suits named by their claim, administrative suits, charges and public-interest suits,
// 涉X words, organisation names and list heads. Each group has traps that must stay quiet or keep
// their old reading. Each entry lists every mention the classifier must give: words, cause, role.
import { describe, expect, it } from 'vitest';
import { classifyDisputes } from '../../../src/core/disputes/classify.js';
import { NONE, UNLISTED } from '../../../src/core/disputes/mention.js';
import { MODEL } from '../../helpers/disputes.js';

type Expected = [string, string, string][];

const CAUSE_CLAUSES: [string, Expected][] = [
  ['两户村民因屋后排水沟问题产生矛盾，调解员到现场察看。', [['排水沟问题产生矛盾', '相邻用水、排水纠纷', 'case']]],
  ['法庭干警调处了一起因楼房采光引发的纠纷。', [['采光引发的纠纷', '相邻采光、日照纠纷', 'case']]],
  ['两家因通行问题发生纠纷，法官在田埂上开庭。', [['通行问题发生纠纷', '相邻通行纠纷', 'case']]],
  ['某果品合作社与经销商因收购脐橙发生纠纷，诉至法院。', [['收购脐橙发生纠纷', '买卖合同纠纷', 'case']]],
  ['两人因购买商品房发生纠纷后诉至法院。', []],
  ['兄弟二人因销售提成问题产生矛盾。', []],
  ['村民委员会与承包户因杉木林承包费支付问题产生纠纷。', [['杉木林承包费支付问题产生纠纷', '林业承包合同纠纷', 'case']]],
  ['养殖户因水库承包费与村集体发生纠纷。', [['水库承包费与村集体发生纠纷', '渔业承包合同纠纷', 'case']]],
  ['两户村民因茶园承包引发纠纷。', [['茶园承包引发纠纷', UNLISTED, 'case']]],
  ['游客与餐厅因火锅消费引发纠纷，消协介入调解。', [['火锅消费引发纠纷', '餐饮服务合同纠纷', 'case']]],
  ['两名摊主因海鲜引发纠纷。', []],
  ['法官在牧民家中审理了一起草场纠纷。', [['草场纠纷', UNLISTED, 'case']]],
  ['嘎查两户牧民因草场承包发生纠纷。', [['草场承包发生纠纷', '土地承包经营权纠纷', 'case']]],
];

const CHARGES_AND_PUBLIC_INTEREST: [string, Expected][] = [
  ['该院对一起非法捕捞水产品刑事附带民事公益诉讼案件当庭宣判。', [['非法捕捞水产品', '非法捕捞水产品罪', 'case'], ['民事公益诉讼', '公益诉讼', 'case']]],
  ['今年以来，该院共审结涉洞庭湖非法捕捞案件37件。', [['非法捕捞案件', '非法捕捞水产品罪', 'case']]],
  ['该院依法审理非法捕捞、非法采砂等犯罪案件。', [['非法捕捞', '非法捕捞水产品罪', 'case'], ['非法采砂等犯罪案件', '非法采矿罪', 'case']]],
  ['渔政部门严厉打击非法捕捞行为。', []],
  ['检察机关对某化工厂提起环境民事公益诉讼。', [['环境民事公益诉讼', '生态环境保护民事公益诉讼', 'case']]],
  ['县检察院就某镇政府怠于履职提起行政公益诉讼。', [['行政公益诉讼', '行政案件', 'case']]],
  ['被告人李某涉嫌非法持枪罪被依法逮捕。', [['非法持枪罪', '非法持有、私藏枪支、弹药罪', 'case']]],
  ['法院审理了一起盗窃刑事附带民事诉讼案件。', [['盗窃', '盗窃罪', 'case']]],
  ['检察院提起刑事附带民事公益诉讼，要求被告人承担生态修复费用。', [['民事公益诉讼', '公益诉讼', 'case']]],
];

const UMBRELLAS_AND_ORGANISATIONS: [string, Expected][] = [
  ['市中院在海事巡回法庭内设立涉海纠纷调处中心。', [['海纠纷', NONE, 'organization']]],
  ['今年以来，该站共化解涉渔涉海纠纷九十余件。', [['涉渔涉海纠纷', NONE, 'generic']]],
  ['该院建立涉侨纠纷多元化解机制。', [['侨纠纷', NONE, 'generic']]],
  ['承办法官多次上门，涉案纠纷最终圆满化解。', []],
  ['区法院在景区游客中心设立旅游纠纷调解室。', [['旅游纠纷', NONE, 'organization']]],
  ['法官调解了一起旅游纠纷，旅行社退还全部团费。', [['旅游纠纷', '旅游合同纠纷', 'case']]],
  ['县法院与住建局共建房屋租赁纠纷调解工作室。', [['房屋租赁纠纷', '房屋租赁合同纠纷', 'organization']]],
  ['县物业纠纷调解室今年调处案件二百余件。', [['物业纠纷', '物业服务合同纠纷', 'organization']]],
  ['县法院在渔业协会设立涉渔纠纷调解室。', [['渔纠纷', NONE, 'organization']]],
];

const CASES_ABOUT_A_THING: [string, Expected][] = [
  ['该院今年审结涉彩礼案件27件，其中调解撤诉15件。', [['彩礼案件', UNLISTED, 'case']]],
  ['法院集中发布涉彩礼纠纷典型案例。', [['彩礼纠纷', UNLISTED, 'case']]],
  ['该院审结涉店铺转让案件8件。', [['店铺转让案件', UNLISTED, 'case']]],
  ['法官调解了一起摊位转让纠纷。', [['摊位转让纠纷', UNLISTED, 'case']]],
  ['今年共审结涉众案件12件，涉民生案件120件。', []],
  ['法院对一起涉黑案件进行公开宣判。', []],
  ['该院开展涉企案件集中执行，兑现胜诉权益。', [['涉企案件', NONE, 'generic']]],
];

const LIST_HEADS_AND_STATISTICS: [string, Expected][] = [
  ['该院审结环境污染责任纠纷、生态破坏责任纠纷等民事案件26件，以及环境行政案件9件。', [['环境污染责任纠纷', '环境污染责任纠纷', 'case'], ['生态破坏责任纠纷等民事案件', '生态破坏责任纠纷', 'case'], ['行政案件', '行政案件', 'generic']]],
  ['该院共审结民间借贷、买卖合同等矛盾纠纷300余件。', [['民间借贷', '民间借贷纠纷', 'case'], ['买卖合同等矛盾纠纷', '买卖合同纠纷', 'case']]],
  ['该院受理房屋买卖、租赁等合同纠纷80件。', [['房屋买卖', '房屋买卖合同纠纷', 'case'], ['租赁', '租赁合同纠纷', 'case'], ['合同纠纷', '合同纠纷', 'case']]],
  ['去年全县法院审结刑事案件310件、民事案件2100件。', [['刑事案件', NONE, 'generic'], ['民事案件', NONE, 'generic']]],
  ['该院全年共受理各类案件9300余件，审结8800余件。', [['各类案件', NONE, 'generic']]],
  ['巡回法庭主要审理赡养、继承、林木纠纷等案件。', [['赡养', '赡养纠纷', 'case'], ['继承', '继承纠纷', 'case'], ['林木纠纷', UNLISTED, 'case']]],
  ['该庭今年审结离婚、抚养、山林纠纷等案件60件。', [['离婚', '离婚纠纷', 'case'], ['抚养', '抚养纠纷', 'case'], ['山林纠纷', UNLISTED, 'case']]],
  ['会议围绕培训、宣传、调解纠纷等工作进行部署。', []],
];

const ADMINISTRATIVE: [string, Expected][] = [
  ['市中级人民法院二审审结一起请求履行法定职责案，维持一审判决。', [['请求履行法定职责', '行政不作为', 'case']]],
  ['村民张某以镇政府未及时处理其举报为由提起行政诉讼，要求镇政府依法履行查处职责。', [['行政诉讼', '行政案件', 'generic'], ['要求镇政府依法履行查处职责', '行政不作为', 'case']]],
  ['某公司提起诉讼，请求判令县市场监督管理局履行法定职责。', [['请求判令县市场监督管理局履行法定职责', '行政不作为', 'case']]],
  ['养殖户以拆除行为违法为由提起行政诉讼，同时要求区政府赔偿其损失8万元。', [['行政诉讼', '行政案件', 'generic'], ['要求区政府赔偿', '行政赔偿', 'case']]],
  ['王某以县政府强拆其房屋违法为由诉至法院，要求县政府赔偿损失20万元。', [['要求县政府赔偿', '行政赔偿', 'case']]],
  ['行政机关应当依法履行法定职责，主动接受监督。', []],
  ['业主诉至法院，要求物业公司履行职责。', []],
  ['原告诉至法院，要求村民委员会赔偿其损失。', []],
  ['市政府召开会议，要求各局依法履行监管职责。', []],
];

const CLAIMS: [string, Expected][] = [
  ['订婚一年后两人分手，男方诉至法院，要求女方返还全部彩礼。', [['要求女方返还全部彩礼', '婚约财产纠纷', 'case']]],
  ['两人未办理结婚登记，小伙起诉要求对方退回彩礼十二万元。', [['要求对方退回彩礼', '婚约财产纠纷', 'case']]],
  ['婚后感情破裂，刘某起诉离婚，并要求丈夫退还全部彩礼。', [['起诉离婚', '离婚纠纷', 'case']]],
  ['李某向法院提起离婚诉讼，要求张某每月支付抚养费两千元。', [['提起离婚诉讼', '离婚纠纷', 'case']]],
  ['李某起诉离婚。次月，她又将前夫诉至法院，要求其支付抚养费。', [['起诉离婚', '离婚纠纷', 'case'], ['要求其支付抚养费', '抚养费纠纷', 'case']]],
  ['三名子女被母亲诉至法院，要求每人每月给付赡养费六百元。', [['要求每人每月给付赡养费', '赡养费纠纷', 'case']]],
  ['后因孙某未还款，吴某起诉要求孙某归还借款本金八万元。', [['要求孙某归还借款', '民间借贷纠纷', 'case']]],
  ['原告请求判令被告偿还借款本金30万元及利息。', [['请求判令被告偿还借款', '借款合同纠纷', 'case']]],
  ['某农商银行诉至法院，要求何某归还借款本金及利息。', [['要求何某归还借款', '金融借款合同纠纷', 'case']]],
  ['2021年，郑某向某小额贷款公司借款5万元。到期后该公司诉至法院，要求郑某归还借款。', [['要求郑某归还借款', '借款合同纠纷', 'case']]],
  ['曹某与冯某因借款问题产生纠纷，诉至法院。', [['借款问题产生纠纷', '民间借贷纠纷', 'case']]],
  ['这场借款官司一打就是两年。', [['借款官司', '借款合同纠纷', 'case']]],
];

const role = (text: string) => classifyDisputes(text, MODEL).map((m) => [text.slice(m.start, m.end), m.node?.name ?? (m.role === 'case' ? UNLISTED : NONE), m.role]);

describe('classifyDisputes on a second probe of court-news sentences', () => {
  it.each(CAUSE_CLAUSES)('cause clause: %s', (text, expected) => expect(role(text)).toEqual(expected));
  it.each(UMBRELLAS_AND_ORGANISATIONS)('umbrella or organisation: %s', (text, expected) => expect(role(text)).toEqual(expected));
  it.each(CASES_ABOUT_A_THING)('涉X case: %s', (text, expected) => expect(role(text)).toEqual(expected));
  it.each(LIST_HEADS_AND_STATISTICS)('list head or statistics: %s', (text, expected) => expect(role(text)).toEqual(expected));
  it.each(ADMINISTRATIVE)('administrative: %s', (text, expected) => expect(role(text)).toEqual(expected));
  it.each(CLAIMS)('claim: %s', (text, expected) => expect(role(text)).toEqual(expected));
  it.each(CHARGES_AND_PUBLIC_INTEREST)('charge or public-interest suit: %s', (text, expected) => expect(role(text)).toEqual(expected));
});
