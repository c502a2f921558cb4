import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../../helpers/regions.js';

// Every text here was written for these tests, imitating court news; places are real units,
// parties and stories invented.

describe('organization or mention', () => {
  it('reads a place before a village or 一处 as locating it, not as part of a company name', () => {
    expect(mentionsOf('被告李某租用城阳区一处厂房加工海产品。')).toEqual(['城阳区 370214 mention']);
    expect(mentionsOf('原告在萧山区某村经营的养殖厂务工。')).toEqual(['萧山区 330109 mention']);
    expect(mentionsOf('一名四川大学生在网上被骗八千元。')).toEqual(['四川 510000 mention']);
    expect(mentionsOf('被告在广东江门开办工厂，原告在江苏江阴务工。')).toEqual(['广东 440000 mention', '江门 440700 mention', '江苏 320000 mention', '江阴 320281 mention']);
  });

  it('reads a break word right after 某 as part of an anonymised company name', () => {
    expect(mentionsOf('借款随即被转入杭州某投资管理有限公司名下。')).toEqual(['杭州 330100 organization']);
    expect(mentionsOf('原告南京某经营管理有限公司诉被告王某买卖合同纠纷一案。')).toEqual(['南京 320100 organization']);
    expect(mentionsOf('被告在苏州投资开办一家企业。')).toEqual(['苏州 320500 mention']);
  });

  it('reads research institutes, academies, museums and hospitals named after a place as organizations', () => {
    expect(mentionsOf('兰州讯 敦煌研究院的专家出庭就壁画修复费用作证。')).toEqual(['兰州 620100 dateline', '敦煌 620982 organization']);
    expect(mentionsOf('成都讯 四川省高级人民法院与敦煌研究院签订协作协议。')).toEqual(['成都 510100 dateline', '四川省 510000 court', '敦煌 620982 organization']);
    expect(mentionsOf('该院与内蒙古社会科学院签订合作协议。')).toEqual(['内蒙古 150000 organization']);
    expect(mentionsOf('原告系包头市中心医院职工。')).toEqual(['包头市 150200 organization']);
    expect(mentionsOf('原告系上海交通大学医学院附属瑞金医院医生。')).toEqual(['上海 310000 organization']);
  });

  it('reads rural credit unions and supply cooperatives as organizations', () => {
    expect(mentionsOf('原告宁城县农村信用合作联社诉被告张某金融借款合同纠纷一案。')).toEqual(['宁城县 150429 organization']);
  });

  it('reads a company after a party’s title as a company, with （集团） inside its name', () => {
    expect(mentionsOf('被告包头钢铁（集团）有限责任公司不服一审判决。')).toEqual(['包头 150200 organization']);
    expect(mentionsOf('庭长包头（化名）介绍案情。')).toEqual([]);
  });
});

describe('verbs that are also town names', () => {
  it('reads 联合, 会同 after a body’s name as the verb, not a town', () => {
    expect(mentionsOf('平湖市人民法院当湖人民法庭联合镇司法所走访辖区企业。')).toEqual(['平湖市 330482 court', '当湖 330482001 court']);
    expect(mentionsOf('该镇司法所联合乡政府开展矛盾排查。')).toEqual([]);
  });

  it('still reads the town after its county, or with no body before it', () => {
    expect(mentionsOf('被告人系福建省三明市尤溪县联合镇人，尤溪县人民法院审结此案。')).toEqual([
      '福建省 350000 mention',
      '三明市 350400 mention',
      '尤溪县 350426 mention',
      '联合镇 350426109 mention',
      '尤溪县 350426 court',
    ]);
    expect(mentionsOf('尤溪讯 在联合镇人民政府的支持下，该院开展巡回审判。')).toEqual(['尤溪 350426 dateline', '联合镇 350426109 mention']);
  });
});

describe('people named like a city', () => {
  it('reads a given name ending in 州 as a name, but not a suffixed short form', () => {
    expect(mentionsOf('法官王海城、书记员赵德州参与调解。')).toEqual([]);
    expect(mentionsOf('被告达茂旗农牧局不服一审判决。')).toEqual(['达茂旗 150223 mention']);
    expect(mentionsOf('原告系广州人，被告在郑州经营一家饭馆。')).toEqual(['广州 440100 mention', '郑州 410100 mention']);
  });
});
