import { describe, expect, it } from 'vitest';
import { analyseText, analyseTexts, brief, mentionsOf } from '../../helpers/regions.js';

// Every text here was written for these tests, imitating court news; places are real units.

describe('roles', () => {
  it('gives every place of a court name the role court, tribunals and elliptical lists included', () => {
    expect(mentionsOf('通辽市科左中旗人民法院舍伯吐法庭近日巡回审理一起草场纠纷。')).toEqual([
      '通辽市 150500 court',
      '科左中旗 150521 court',
      '舍伯吐 150521102 court',
    ]);
    expect(mentionsOf('会上，集宁区、丰镇市等法院作了交流发言。')).toEqual(['集宁区 150902 court', '丰镇市 150981 court']);
    expect(mentionsOf('包头铁路运输法院近日公开宣判一起案件。')).toEqual(['包头 150200 court']);
  });

  it('reads names listed before a shared tribunal word, with or without a count, as towns of the court’s county', () => {
    expect(mentionsOf('泾县人民法院立足茂林、榔桥、云岭3个人民法庭，把调解做到村头。')).toEqual([
      '泾县 341823 court',
      '茂林 341823101 court',
      '榔桥 341823102 court',
      '云岭 341823106 court',
    ]);
    expect(mentionsOf('固阳县人民法院的银号、怀朔两个法庭开展巡回审判。')).toEqual(['固阳县 150222 court', '银号 150222105 court', '怀朔 150222106 court']);
    expect(mentionsOf('固阳县人民法院在银号、怀朔法庭设立调解室。')).toEqual(['固阳县 150222 court', '银号 150222105 court', '怀朔 150222106 court']);
  });

  it('reads no stem in a list that no court word closes', () => {
    expect(mentionsOf('固阳县人民法院干警走访银号、怀朔的农户。')).toEqual(['固阳县 150222 court']);
    expect(mentionsOf('固阳县在银号、怀朔等地设立两个调解站。')).toEqual(['固阳县 150222 mention']);
  });

  it('marks places in company, law-firm and bank names as organization, not places that merely locate one', () => {
    expect(mentionsOf('原告赤峰某商贸有限公司诉被告张某买卖合同纠纷一案。')).toEqual(['赤峰 150400 organization']);
    expect(mentionsOf('中国工商银行股份有限公司呼和浩特分行申请强制执行。')).toEqual(['呼和浩特 150100 organization']);
    expect(mentionsOf('被告系江苏省苏州市吴中区的一家电子企业。')).toEqual(['江苏省 320000 mention', '苏州市 320500 mention', '吴中区 320506 mention']);
  });

  it('reads a court named after a zone the gazetteer lacks as the court of the place before it', () => {
    expect(mentionsOf('深圳前海合作区人民法院发布典型案例。')).toEqual(['深圳 440300 court']);
    expect(mentionsOf('成都天府新区人民法院审结一起案件，包头市各级法院开展集中执行。')).toEqual(['成都 510100 court', '包头市 150200 court']);
    expect(mentionsOf('包头市表彰法院干警，中心法庭开展调解。')).toEqual(['包头市 150200 mention']);
  });

  it('reads numbered courts and an autonomous region written with 区 as courts', () => {
    expect(mentionsOf('东莞市第一人民法院与北京市第二中级人民法院签订协议。')).toEqual(['东莞市 441900 court', '北京市 110000 court']);
    expect(mentionsOf('广西区高级人民法院发布典型案例。')).toEqual(['广西区 450000 court']);
  });

  it('counts places in university and newspaper names as organization', () => {
    expect(mentionsOf('原告系北京大学教师，被告为内蒙古日报社记者。')).toEqual(['北京 110000 organization', '内蒙古 150000 organization']);
  });

  it('treats government bodies and procuratorates as mentions', () => {
    expect(mentionsOf('乌拉特前旗人民检察院与旗人民法院召开联席会议。')).toEqual(['乌拉特前旗 150823 mention']);
  });
});

describe('false hits', () => {
  it('reads 全州 as the whole prefecture unless a qualifier or another mention confirms the county', () => {
    expect(mentionsOf('湘西土家族苗族自治州中级人民法院召集全州40名法官集中培训。')).toEqual(['湘西土家族苗族自治州 433100 court']);
    expect(mentionsOf('全州法院今年共受理案件1.2万件。')).toEqual([]);
    expect(mentionsOf('广西全州一名果农起诉收购商。')).toEqual(['广西 450000 mention', '全州 450324 mention']);
    expect(mentionsOf('全州县人民法院审结此案后，全州法院又开展回访。')).toEqual(['全州县 450324 court', '全州 450324 court']);
  });

  it('reads 沅江 as the river unless the text confirms the city', () => {
    expect(mentionsOf('这条河自贵州流入湖南境内，下游称沅江。')).toEqual(['贵州 520000 mention', '湖南 430000 mention']);
    expect(mentionsOf('湖南沅江一名渔民非法捕捞被判刑。')).toEqual(['湖南 430000 mention', '沅江 430981 mention']);
    expect(mentionsOf('沅江法院审结一起非法捕捞案。')).toEqual(['沅江 430981 court']);
  });

  it('ignores place names inside people’s names', () => {
    expect(mentionsOf('调解员马德安与当事人乌兰进行了沟通，审判员吴江主持庭审。')).toEqual([]);
    expect(mentionsOf('原告王长春与被告刘建平系同村村民。')).toEqual([]);
    expect(mentionsOf('审判长高平、审判员周口组成合议庭审理此案，庭长包头（化名）介绍案情。')).toEqual([]);
  });

  it('ignores everyday words that hold a place name', () => {
    expect(mentionsOf('原告向被告购买复合肥20吨，法院让群众安居乐业，隆重庆祝新院落成，党和政府高度重视。')).toEqual([]);
    expect(mentionsOf('被执行人接二连三转移财产，后在二连浩特市落网。')).toEqual(['二连浩特市 152501 mention']);
  });

  it('ignores streets named after places', () => {
    expect(mentionsOf('被告在北京路经营一家餐馆，原告家住延安大街。')).toEqual([]);
    expect(mentionsOf('被告人在呼和浩特街头实施抢夺。')).toEqual(['呼和浩特 150100 mention']);
  });

  it('ignores idioms, slogans and 北京时间, and quoted phrases that only look like courts', () => {
    expect(mentionsOf('北京时间9时，法院坚持绿水青山就是金山银山理念，维护社会长治久安。')).toEqual([]);
    expect(mentionsOf('两院结成“友好法院”，共同推进诉源治理。')).toEqual([]);
    expect(mentionsOf('法官要守护好江山就是人民的理念。')).toEqual([]);
  });

  it('drops a bare county form no context supports, and keeps it where it is supported', () => {
    expect(mentionsOf('达拉特旗人民法院执行干警赶赴德安，查控被执行人车辆。')).toEqual(['达拉特旗 150621 court', '德安 360426 mention']);
    expect(mentionsOf('达拉特旗人民法院召开会议，德安表示支持。')).toEqual(['达拉特旗 150621 court']);
  });

  it('needs its city, before it or in the article, for a generic official name such as 城区', () => {
    expect(mentionsOf('阳泉市城区人民法院审结一起案件。')).toEqual(['阳泉市 140300 court', '城区 140302 court']);
    expect(mentionsOf('阳泉讯 城区人民法院审结一起案件。')).toEqual(['阳泉 140300 dateline', '城区 140302 court']);
    expect(mentionsOf('法院组织城区群众旁听庭审，老解放区的乡亲也赶来了。')).toEqual([]);
  });

  it('needs context for a town whose name is an everyday word', () => {
    expect(mentionsOf('舍伯吐法庭联合镇综治中心开展排查。')).toEqual(['舍伯吐 150521102 court']);
  });
});

describe('ambiguous names', () => {
  it('are resolved from the same article: the twin 城关 of 清水河县 and 和林格尔县', () => {
    expect(mentionsOf('城关讯 清水河县人民法院近日开展集中执行。')).toEqual(['城关 150124100 dateline', '清水河县 150124 court']);
    expect(mentionsOf('城关讯 和林格尔县人民法院近日开展集中执行。')).toEqual(['城关 150123100 dateline', '和林格尔县 150123 court']);
    expect(mentionsOf('金山讯 包头市固阳县人民法院近日开展夜间执行。')[0]).toBe('金山 150222102 dateline');
  });

  it('are resolved by the qualifier before them, taking the city over a county of the same name', () => {
    expect(mentionsOf('执行干警赶赴辽宁朝阳查控车辆。')).toEqual(['辽宁 210000 mention', '朝阳 211300 mention']);
    expect(mentionsOf('被执行人户籍在江苏南京鼓楼。')).toEqual(['江苏 320000 mention', '南京 320100 mention', '鼓楼 320106 mention']);
  });

  it('settle each other when only one pair fits (那吉讯 + 阿旗: 阿荣旗 has a 那吉镇)', () => {
    expect(mentionsOf('那吉讯 阿旗法院近日开展专项调处活动。')).toEqual(['那吉 150721100 dateline', '阿旗 150721 court']);
  });

  it('are not settled by the same name written again (北京讯 + 北京法院 is no 北京街道 of 广州)', () => {
    expect(mentionsOf('北京讯 北京法院系统开展集中执行。')).toEqual(['北京 110000 dateline', '北京 110000 court']);
    expect(mentionsOf('大连讯 大连法院召开新闻发布会。')).toEqual(['大连 210200 dateline', '大连 210200 court']);
    const [dateline, court] = analyseText('城关讯 城关法庭开展巡回审判。')[0]?.regions ?? [];
    expect([dateline?.status, court?.status]).toEqual(['ambiguous', 'ambiguous']);
  });

  it('stay ambiguous, with every candidate, when nothing decides', () => {
    const [dateline, court] = analyseText('达旗讯 近日，达旗人民法院召开全体干警大会。')[0]?.regions ?? [];
    expect(dateline).toMatchObject({ text: '达旗', code: null, status: 'ambiguous', candidates: ['150223', '150621'] });
    expect(court).toMatchObject({ code: null, status: 'ambiguous', candidates: ['150223', '150621'] });
    expect(analyseText('城关镇人民调解委员会调解一起纠纷。')[0]?.regions[0]?.candidates).toHaveLength(88);
  });

  it('are narrowed but not guessed when the context gives only a province', () => {
    const [dateline, court] = analyseText('城关讯 会宁县人民法院近日开展集中执行。')[0]?.regions ?? [];
    expect(dateline?.status).toBe('ambiguous');
    expect(dateline?.candidates.every((code) => code.startsWith('62'))).toBe(true);
    expect(court?.code).toBe('620422');
  });

  it('are resolved by the other articles of the page, then by the corpus’s main province', () => {
    const page = '城关讯 清水河县人民法院召开执行工作会议。（张明）\n\n城关讯 近日，法院开展集中执行行动。（李华）\n';
    expect(analyseText(page).map((article) => article.regions.map(brief))).toEqual([
      ['城关 150124100 dateline', '清水河县 150124 court'],
      ['城关 150124100 dateline'],
    ]);
    const [, alone] = analyseTexts(['鄂尔多斯讯 鄂尔多斯市中级人民法院召开会议。（孙伟）\n', '青山讯 青山区法院召开会议。（周杰）\n']);
    expect(alone?.regions.map(brief)).toEqual(['青山 150204 dateline', '青山区 150204 court']);
  });
});

describe('unresolved names', () => {
  it('reports a county written as a city instead of inventing a unit, with the unit its stem names', () => {
    const mentions = analyseText('被执行人系宁夏回族自治区中宁市人。')[0]?.regions ?? [];
    expect(mentions.map(brief)).toEqual(['宁夏回族自治区 640000 mention', '中宁市 unresolved mention']);
    expect(mentions[1]).toMatchObject({ name: null, level: null, candidates: ['640521'] });
  });

  it('reports a township its county does not have, rather than one of its namesakes', () => {
    expect(mentionsOf('被告人系甘肃省会宁县城关镇人。')).toEqual(['甘肃省 620000 mention', '会宁县 620422 mention', '城关镇 unresolved mention']);
    expect(mentionsOf('原告住呼和浩特市和林格尔县城关镇。')[2]).toBe('城关镇 150123100 mention');
  });

  it('reads a wire dateline as a city or province, never a town of the same name', () => {
    const page = '新华社北京3月24日电 最高人民法院发布典型案例。\n\n中新网广州3月24日电 广东省高级人民法院通报案件情况。\n';
    expect(analyseText(page).map((article) => article.regions.map(brief))).toEqual([['北京 110000 dateline'], ['广州 440100 dateline', '广东省 440000 court']]);
  });

  it('reports a dateline that names no unit, or only a township far from everything else in the text', () => {
    expect(mentionsOf('牧区讯 法院召开会议。')).toEqual(['牧区 unresolved dateline']);
    expect(mentionsOf('草原讯 达茂旗人民法院召开会议。')).toEqual(['草原 unresolved dateline', '达茂旗 150223 court']);
    expect(mentionsOf('城关讯 登封市人民法院开展集中执行。')).toEqual(['城关 unresolved dateline', '登封市 410185 court']);
  });
});

describe('mention records', () => {
  it('report the place as written, without line breaks, with the source span and the unit’s chain', () => {
    const text = '阿木古郎讯 近年来，呼伦贝尔市新巴尔\n虎左旗人民法院坚持诉源治理。';
    const mention = analyseText(text)[0]?.regions[2];
    expect(mention).toEqual({
      text: '新巴尔虎左旗',
      code: '150726',
      name: '新巴尔虎左旗',
      level: 'county',
      county: '新巴尔虎左旗',
      city: '呼伦贝尔市',
      province: '内蒙古自治区',
      role: 'court',
      status: 'resolved',
      candidates: [],
      span: { start: 15, end: 22 },
    });
    expect(text.slice(15, 22)).toBe('新巴尔\n虎左旗');
  });
});
