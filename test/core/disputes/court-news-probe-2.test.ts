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

const role = (text: string) => classifyDisputes(text, MODEL).map((m) => [text.slice(m.start, m.end), m.node?.name ?? (m.role === 'case' ? UNLISTED : NONE), m.role]);

describe('classifyDisputes on a second probe of court-news sentences', () => {
  it.each(CAUSE_CLAUSES)('cause clause: %s', (text, expected) => expect(role(text)).toEqual(expected));
});
