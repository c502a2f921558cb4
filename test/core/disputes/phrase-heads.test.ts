// Sentences written by us in the style of court news.
import { describe, expect, it } from 'vitest';
import { scanPhrases } from '../../../src/core/disputes/phrase-heads.js';
import { MODEL, scanned } from '../../helpers/disputes.js';

const withRoles = (text: string) => scanPhrases(text, MODEL).map((c) => [text.slice(c.start, c.end), c.node?.name ?? null, c.generic, c.mapped]);

describe('scanPhrases', () => {
  it('maps phrases by rule and by rewrite, and reports the rest with no cause', () => {
    expect(scanned('巡回法庭化解了一起草场承包纠纷。', scanPhrases)).toEqual([['草场承包纠纷', '土地承包经营权纠纷']]);
    expect(scanned('这起商铺租赁纠纷经调解结案。', scanPhrases)).toEqual([['商铺租赁纠纷', '房屋租赁合同纠纷']]);
    expect(scanned('两人之间的债务纠纷拖了三年。', scanPhrases)).toEqual([['债务纠纷', null]]);
  });

  it('starts a phrase after the last boundary word', () => {
    expect(scanned('法官调处了一起因浇地引发的噪音纠纷。', scanPhrases)).toEqual([['噪音纠纷', null]]);
    expect(scanned('推动更多纠纷诉前化解，减少纠纷。', scanPhrases)).toEqual([]);
    expect(scanned('县法院与区市场监管局共建消费纠纷调解站。', scanPhrases)).toEqual([['消费纠纷', null]]);
  });

  it('leaves names to the name scan, but lets a longer rule beat a shorter name', () => {
    expect(scanned('审结一起买卖合同纠纷。', scanPhrases)).toEqual([]);
    expect(scanned('县劳动人事争议仲裁委员会', scanPhrases)).toEqual([['劳动人事争议', '劳动争议、人事争议、新就业形态用工纠纷']]);
    expect(scanned('法官调解了一起网络购物合同纠纷。', scanPhrases)).toEqual([['网络购物合同纠纷', '信息网络买卖合同纠纷']]);
  });

  it('reports no unnamed …争议 and skips heads such as 争议焦点', () => {
    expect(scanned('双方对事实没有争议，争议焦点在于违约金。', scanPhrases)).toEqual([]);
    expect(scanned('这起土地权属争议由来已久。', scanPhrases)).toEqual([]);
  });

  it('skips a series word before the head: the words before it name the type', () => {
    expect(scanned('法院对58起物业费系列纠纷集中开庭。', scanPhrases)).toEqual([['物业费系列纠纷', '物业服务合同纠纷']]);
    expect(scanned('该院集中审理一批商铺租赁系列纠纷。', scanPhrases)).toEqual([['商铺租赁系列纠纷', '房屋租赁合同纠纷']]);
    expect(scanned('对某小区业主拖欠停车费的系列纠纷开展诉前调解。', scanPhrases)).toEqual([]);
    expect(scanned('该院审结系列纠纷40件。', scanPhrases)).toEqual([]);
  });

  it('reads 官司 as 纠纷 when the words name a cause, and never reports an unnamed 官司', () => {
    expect(scanned('陈某打赢了这场离婚官司。', scanPhrases)).toEqual([['离婚官司', '离婚纠纷']]);
    expect(scanned('一起葡萄收购合同官司在田间调解结案。', scanPhrases)).toEqual([['合同官司', '合同纠纷'], ['收购合同官司', '买卖合同纠纷']]);
    expect(scanned('村民不愿打官司。张某官司缠身。一场官司让两家人十年不相往来。', scanPhrases)).toEqual([]);
  });

  it('makes 涉X纠纷 an umbrella word when X is no name, no rule and no legal relation', () => {
    expect(withRoles('为化解涉茶产业纠纷，法院在茶山设立巡回审判点。')).toEqual([['茶产业纠纷', null, true, false]]);
    expect(withRoles('该院集中审理涉旅游纠纷和涉养老服务纠纷。')).toEqual([
      ['旅游纠纷', null, true, false],
      ['养老服务纠纷', null, true, false],
    ]);
    expect(withRoles('该院审结涉农民工工资纠纷。')).toEqual([['工资纠纷', '追索劳动报酬纠纷', false, true]]);
    expect(withRoles('该院审结一起涉老年人保健品销售纠纷。')).toEqual([['老年人保健品销售纠纷', null, false, false]]);
    expect(withRoles('法院发布涉房屋租赁纠纷典型案例。')).toEqual([['房屋租赁纠纷', '房屋租赁合同纠纷', false, true]]);
  });
});
