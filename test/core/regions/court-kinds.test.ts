import { describe, expect, it } from 'vitest';
import { mentionsOf, primaryOf } from '../../helpers/regions.js';

// Every text here was written for these tests, imitating court news; courts and places are real
// names, the stories invented.

describe('courts with a jurisdiction of their own', () => {
  it('reads internet, financial, maritime and IP courts as city courts, a municipality included', () => {
    expect(mentionsOf('杭州讯 杭州互联网法院审结一起直播带货纠纷。')).toEqual(['杭州 330100 dateline', '杭州 330100 court']);
    expect(mentionsOf('北京讯 北京金融法院审结一起证券虚假陈述责任纠纷。')).toEqual(['北京 110000 dateline', '北京 110000 court']);
    expect(mentionsOf('大连讯 大连海事法院审结一起船员劳务合同纠纷。')).toEqual(['大连 210200 dateline', '大连 210200 court']);
    expect(mentionsOf('上海讯 上海海事法院审结一起货物运输合同纠纷。')).toEqual(['上海 310000 dateline', '上海 310000 court']);
    expect(mentionsOf('北京知识产权法院审结一起商标侵权案。')).toEqual(['北京 110000 court']);
  });

  it('reads bankruptcy, IP and environmental tribunals of an intermediate court as courts', () => {
    expect(mentionsOf('上海破产法庭近日通报一批重整案件的审理情况。')).toEqual(['上海 310000 court']);
    expect(mentionsOf('深圳破产法庭审结一起重整案件，南京知识产权法庭审结一起专利纠纷。')).toEqual(['深圳 440300 court', '南京 320100 court']);
    expect(primaryOf('上海破产法庭近日通报一批重整案件的审理情况。')).toBe('310000');
  });

  it('reads military courts as city courts, and circuit and detached tribunals as tribunals', () => {
    expect(mentionsOf('南京军事法院审结一起军人婚姻纠纷。')).toEqual(['南京 320100 court']);
    expect(mentionsOf('科右中旗人民法院巴彦呼舒巡回法庭开展巡回审判。')).toEqual(['科右中旗 152222 court', '巴彦呼舒 152222100 court']);
    expect(mentionsOf('青岛海事法院烟台派出法庭审结一起案件。')).toEqual(['青岛 370200 court', '烟台 370600 court']);
    expect(mentionsOf('最高人民法院第一巡回法庭在深圳开庭。')).toEqual(['深圳 440300 mention']);
  });

  it('seats a maritime court’s tribunal in the port city it is named after, not a town', () => {
    expect(mentionsOf('宁波海事法院舟山法庭巡回审理一起渔船碰撞案。')).toEqual(['宁波 330200 court', '舟山 330900 court']);
    expect(mentionsOf('青岛海事法院烟台法庭开展巡回审判。')).toEqual(['青岛 370200 court', '烟台 370600 court']);
  });

  it('seats a railway-transport court in the city it is named after, whatever its level', () => {
    expect(mentionsOf('西安讯 西安铁路运输法院审结一起行政案件。')).toEqual(['西安 610100 dateline', '西安 610100 court']);
    expect(mentionsOf('乌鲁木齐讯 乌鲁木齐铁路运输法院审结一起铁路货物运输合同纠纷。')).toEqual(['乌鲁木齐 650100 dateline', '乌鲁木齐 650100 court']);
    expect(primaryOf('乌鲁木齐讯 乌鲁木齐铁路运输法院审结一起铁路货物运输合同纠纷。')).toBe('650100');
    expect(mentionsOf('郑州铁路运输中级法院审结一起环境资源案件。')).toEqual(['郑州 410100 court']);
  });

  it('reads forest, land-reclamation and mining-district courts after the unit they serve', () => {
    expect(mentionsOf('伊春林区中级人民法院审结一起盗伐林木案，绥棱林区人民法院审结一起滥伐林木案。')).toEqual([
      '伊春 230700 court',
      '绥棱 231226 court',
    ]);
    expect(mentionsOf('黑龙江省农垦中级法院发布典型案例。')).toEqual(['黑龙江省 230000 court']);
    expect(mentionsOf('阳泉市矿区人民法院审结一起劳动争议。')).toEqual(['阳泉市 140300 court', '矿区 140303 court']);
    expect(mentionsOf('扎赉诺尔讯 扎赉诺尔矿区人民法院审结一起借款纠纷。')).toEqual(['扎赉诺尔 150703 dateline', '扎赉诺尔 150703 court']);
  });

  it('reads the production corps’ courts and courts of development zones', () => {
    expect(mentionsOf('新疆生产建设兵团第八师中级人民法院审结一起案件。')).toEqual(['新疆 650000 court']);
    expect(mentionsOf('五家渠垦区人民法院审结一起劳务纠纷。')).toEqual(['五家渠 659004 court']);
    expect(mentionsOf('重庆两江新区人民法院审结一起案件。')).toEqual(['重庆 500000 court']);
    expect(mentionsOf('重庆两江新区（自贸区）人民法院审结一起案件。')).toEqual(['重庆 500000 court']);
    expect(mentionsOf('新疆生产建设兵团石河子垦区人民法院审结一起借款纠纷。')).toEqual(['新疆 650000 court', '石河子 659001 court']);
    expect(mentionsOf('被告人系新疆生产建设兵团第八师职工。')).toEqual(['新疆 650000 mention']);
  });

  it('reads a numbered railway-transport court', () => {
    expect(mentionsOf('成都铁路运输第一法院审结一起合同纠纷。')).toEqual(['成都 510100 court']);
  });
});

describe('lists of courts', () => {
  it('makes every listed place a court when the list closes with 等 and a description before the court word', () => {
    expect(mentionsOf('满洲里、二连浩特等边境口岸所在地法院建立协作机制。')).toEqual(['满洲里 150781 court', '二连浩特 152501 court']);
    expect(mentionsOf('包头、鄂尔多斯等七个盟市法院参加执行业务比武。')).toEqual(['包头 150200 court', '鄂尔多斯 150600 court']);
  });

  it('keeps a place named in the description, and leaves places that only precede a clause mentioning a court', () => {
    expect(mentionsOf('霍尔果斯、伊宁等新疆口岸城市法院开展交流。')).toEqual(['霍尔果斯 654004 court', '伊宁 654002 court', '新疆 650000 mention']);
    expect(mentionsOf('北京、河北等地的群众来到法院参观。')).toEqual(['北京 110000 mention', '河北 130000 mention']);
  });
});

describe('tribunals named after a township-level 地区', () => {
  it('resolves the stem of a Beijing 地区 (马坊地区, 天竺地区) before 法庭 within the court’s district', () => {
    expect(mentionsOf('北京市平谷区人民法院马坊法庭近日在村委会巡回审理一起宅基地纠纷。')).toEqual([
      '北京市 110000 court',
      '平谷区 110117 court',
      '马坊 110117005 court',
    ]);
    expect(primaryOf('北京市平谷区人民法院马坊法庭近日在村委会巡回审理一起宅基地纠纷。')).toBe('110117005');
    expect(mentionsOf('顺义讯 顺义区人民法院天竺法庭审结一起物业纠纷。')).toEqual(['顺义 110113 dateline', '顺义区 110113 court', '天竺 110113005 court']);
  });

  it('does not read the full 地区 name in running text, where it means an area', () => {
    expect(mentionsOf('北京市朝阳区人民法院法官走进来广营地区开展普法活动。')).toEqual(['北京市 110000 court', '朝阳区 110105 court']);
  });
});
