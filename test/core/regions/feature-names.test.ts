import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../../helpers/regions.js';

// Every text here was written for these tests, imitating court news; places are real units, the
// stories invented.

describe('places heading the name of a mountain, river or lake', () => {
  it('reads a place form followed by a landform word as the landform', () => {
    expect(mentionsOf('丽江讯 游客在玉龙雪山游玩时受伤，丽江市古城区人民法院审结此案。')).toEqual([
      '丽江 530700 dateline',
      '丽江市 530700 court',
      '古城区 530702 court',
    ]);
    expect(mentionsOf('鄱阳讯 被告人在鄱阳湖水域非法捕捞，鄱阳县人民法院判令其增殖放流。')).toEqual(['鄱阳 361128 dateline', '鄱阳县 361128 court']);
    expect(mentionsOf('南京讯 秦淮河沿岸一家餐馆排放污水，南京市秦淮区人民法院判令其赔偿。')).toEqual([
      '南京 320100 dateline',
      '南京市 320100 court',
      '秦淮区 320104 court',
    ]);
    expect(mentionsOf('西宁讯 青海湖周边发生一起草场纠纷，刚察县人民法院巡回审理。')).toEqual(['西宁 630100 dateline', '刚察县 632224 court']);
  });

  it('reads a mountain or river that is also a unit’s name as the feature when a word about the feature follows', () => {
    expect(mentionsOf('执行干警在峨眉山山顶的一家客栈找到了被执行人。')).toEqual([]);
    expect(mentionsOf('黑河讯 冬季封江后，黑河市人民法院法官踏着黑龙江冰面前往江心岛调解纠纷。')).toEqual(['黑河 231100 dateline', '黑河市 231100 court']);
    expect(mentionsOf('被告人在黑龙江边使用禁用渔具捕鱼，执行干警在黑龙江畔的村屯开展执行。')).toEqual([]);
    expect(mentionsOf('被告人于禁渔期在嫩江流域使用地笼网捕捞，嫩江市人民法院依法审理此案。')).toEqual(['嫩江市 231183 court']);
    expect(mentionsOf('黄山讯 黄山风景区一家宾馆拖欠员工工资，黄山市黄山区人民法院开展执行。')).toEqual([
      '黄山 341000 dateline',
      '黄山市 341000 court',
      '黄山区 341003 court',
    ]);
  });

  it('reads no place inside a landform name (贺兰山东麓 holds 山东), nor in a river mouth', () => {
    expect(mentionsOf('银川讯 贺兰山东麓一家酒庄与农户发生葡萄收购纠纷。')).toEqual(['银川 640100 dateline']);
    expect(mentionsOf('杭州讯 被告人在钱塘江入海口处非法捕捞鳗苗。')).toEqual(['杭州 330100 dateline']);
    expect(mentionsOf('长江入海口一处滩涂发生承包纠纷，长白山脚下的抚松县人民法院审结另一起案件。')).toEqual(['抚松县 220621 court']);
  });

  it('reads no province in a landform’s side (太湖南岸, 泰山东麓, 黄河北岸), whether or not the landform is a place', () => {
    expect(mentionsOf('无锡讯 太湖南岸一家渔业合作社与养殖户发生纠纷。')).toEqual(['无锡 320200 dateline']);
    expect(mentionsOf('泰安讯 泰山东麓一处果园发生承包纠纷。')).toEqual(['泰安 370900 dateline']);
    expect(mentionsOf('被告人在黄河北岸非法采砂，原告家住河北。')).toEqual(['河北 130000 mention']);
    expect(mentionsOf('被告人系湖南人，在洞庭湖北岸作案。')).toEqual(['湖南 430000 mention']);
  });

  it('reads bays, peninsulas, archipelagos, basins and plains named after a place as the landform', () => {
    expect(mentionsOf('宁波杭州湾新区人民法院审结一起案件。')).toEqual(['宁波 330200 court']);
    expect(mentionsOf('青岛讯 胶州湾内一处养殖区发生承包纠纷，青岛市黄岛区人民法院调解结案。')).toEqual([
      '青岛 370200 dateline',
      '青岛市 370200 court',
      '黄岛区 370211 court',
    ]);
    expect(mentionsOf('山东半岛一家渔业公司拖欠船员工资，被告人在四川盆地东部多地实施诈骗。')).toEqual([]);
    expect(mentionsOf('舟山群岛一家民宿发生租赁纠纷，成都平原一家合作社与农户发生纠纷。')).toEqual([]);
  });

  it('keeps the place before a word that only begins like a landform word', () => {
    expect(mentionsOf('重庆山火扑救期间，被告人散布谣言被判刑。')).toEqual(['重庆 500000 mention']);
    expect(mentionsOf('包头讯 被告在包头小吃街经营一家烧烤店。')).toEqual(['包头 150200 dateline', '包头 150200 mention']);
    expect(mentionsOf('内蒙古河套灌区一名农户起诉种子公司，被告人在甘肃河西走廊一带流窜作案。')).toEqual(['内蒙古 150000 mention', '甘肃 620000 mention']);
    expect(mentionsOf('浙江河长制推行以来，四川河湖长制工作也在推进。')).toEqual(['浙江 330000 mention', '四川 510000 mention']);
  });

  it('reads a scenic area, grotto, sinkhole or waterfall named after a place as the sight, not the place', () => {
    expect(mentionsOf('中卫讯 沙坡头景区一名游客骑骆驼摔伤，中卫市沙坡头区人民法院审结。')).toEqual([
      '中卫 640500 dateline',
      '中卫市 640500 court',
      '沙坡头区 640502 court',
    ]);
    expect(mentionsOf('大同讯 云冈石窟一名商户起诉，武隆天坑景区一名游客受伤。')).toEqual(['大同 140200 dateline']);
    expect(mentionsOf('天津讯 蓟州盘山景区一名游客受伤。')).toEqual(['天津 120000 dateline', '蓟州 120119 mention']);
  });

  it('reads a mountain’s forest park as the mountain', () => {
    expect(mentionsOf('阿尔山讯 阿尔山市人民法院法官在阿尔山国家森林公园开展普法宣传。')).toEqual(['阿尔山 152202 dateline', '阿尔山市 152202 court']);
  });

  it('keeps the place when the word after it begins another place or is listed as leaving it one', () => {
    expect(mentionsOf('被告人先后在河北、山东等地作案，湖北河南两省法院联合执行。')).toEqual([
      '河北 130000 mention',
      '山东 370000 mention',
      '湖北 420000 mention',
      '河南 410000 mention',
    ]);
    expect(mentionsOf('原告系浙江江山人，被告系四川江油人。')).toEqual(['浙江 330000 mention', '江山 330881 mention', '四川 510000 mention', '江油 510781 mention']);
    expect(mentionsOf('被告人先后在湖北江汉、浙江湖州等地作案。')).toEqual(['湖北 420000 mention', '浙江 330000 mention', '湖州 330500 mention']);
    expect(mentionsOf('广东山区一名留守儿童的抚养纠纷由连州市人民法院审结。')).toEqual(['广东 440000 mention', '连州市 441882 court']);
    expect(mentionsOf('黑龙江边境地区一名村民起诉，浙江边远山区的法官送法下乡。')).toEqual(['黑龙江 230000 mention', '浙江 330000 mention']);
    expect(mentionsOf('杭州峰会期间，法院开展安保维稳工作。')).toEqual(['杭州 330100 mention']);
  });
});

describe('places naming a road, a dish, a product or a clock', () => {
  it('reads a place before a direction and a street word as a road', () => {
    expect(mentionsOf('被告在南京西路开设一家服装店，拖欠房租两年。')).toEqual([]);
    expect(mentionsOf('被告人在北京东路盗窃电动车，原告在广州北路一家超市被砸伤。')).toEqual([]);
    expect(mentionsOf('被执行人在福州路经营一家书店，家住北京西站附近。')).toEqual(['北京 110000 mention']);
  });

  it('reads a place before a dish, drink or product word as a style named after it', () => {
    expect(mentionsOf('原告在一家兰州牛肉面馆就餐时摔伤，被告经营一家重庆火锅店。')).toEqual([]);
    expect(mentionsOf('被告在郑州市经营一家沙县小吃店，拖欠房租三万元。')).toEqual(['郑州市 410100 mention']);
    expect(mentionsOf('原告购买了一箱青岛啤酒后发现瓶内有异物，超市出售的哈密瓜也已变质。')).toEqual([]);
    expect(mentionsOf('被告人生产假冒五常大米，五常市人民法院依法判处。')).toEqual(['五常市 230184 court']);
    expect(mentionsOf('原告在乌鲁木齐一家新疆大盘鸡店就餐，被告经营一家山西刀削面馆。')).toEqual(['乌鲁木齐 650100 mention']);
    expect(mentionsOf('被告人将普通苹果冒充阿克苏苹果、将普通棉花冒充新疆长绒棉出售。')).toEqual([]);
    expect(mentionsOf('原告在阿克苏苹果园务工时受伤。')).toEqual(['阿克苏 652900 mention']);
  });

  it('keeps the place of a company named after its product', () => {
    expect(mentionsOf('原告系青岛啤酒股份有限公司员工，购买了一箱青岛啤酒。')).toEqual(['青岛 370200 organization']);
    expect(mentionsOf('被告鄂尔多斯羊绒集团有限公司不服一审判决。')).toEqual(['鄂尔多斯 150600 organization']);
  });

  it('skips an international body named after a city, and 朝阳 as a sunrise industry', () => {
    expect(mentionsOf('上海合作组织成员国法院院长会议在北京召开。')).toEqual(['北京 110000 mention']);
    expect(mentionsOf('新能源是朝阳产业，法院为企业提供司法服务。')).toEqual([]);
  });

  it('reads a place before 时间 as a clock', () => {
    expect(mentionsOf('乌鲁木齐讯 新疆时间上午10时，乌鲁木齐市中级人民法院公开宣判。')).toEqual([
      '乌鲁木齐 650100 dateline',
      '乌鲁木齐市 650100 court',
    ]);
  });
});
