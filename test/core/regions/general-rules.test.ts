import { describe, expect, it } from 'vitest';
import { analyseText, brief } from '../../helpers/regions.js';

// Sentences written for these tests, imitating court news (none is copied from any source; courts
// and places are real names, stories and people invented). Each case lists every mention
// (`text code role`) and the primary region's code.

type Case = [text: string, mentions: string[], primary: string | null];

function check(cases: readonly Case[]): void {
  for (const [text, mentions, primary] of cases) {
    const [article] = analyseText(text);
    expect({ text, mentions: article?.regions.map(brief), primary: article?.primaryRegion?.code ?? null }).toEqual({ text, mentions, primary });
  }
}

describe('roads named after provinces and cities', () => {
  it('reads a spot on such a road (路上, 路边, 路口) as the road', () => {
    check([
      ['长沙讯 承租人在湖南路上的两间商铺拖欠租金，长沙市天心区人民法院判决解除合同。', ['长沙 430100 dateline', '长沙市 430100 court', '天心区 430103 court'], '430103'],
      ['南京讯 被告在湖南路口经营一家水果店，南京市鼓楼区人民法院判决其支付货款。', ['南京 320100 dateline', '南京市 320100 court', '鼓楼区 320106 court'], '320106'],
      ['上海讯 原告在北京路边一家餐馆门前摔倒，上海市黄浦区人民法院判决店主赔偿。', ['上海 310000 dateline', '上海市 310000 court', '黄浦区 310101 court'], '310101'],
      ['昆明讯 一辆货车在北京路口与电动车相撞，昆明市盘龙区人民法院审结此案。', ['昆明 530100 dateline', '昆明市 530100 court', '盘龙区 530103 court'], '530103'],
    ]);
  });

  it('keeps the place when a word of going stands before it (on the way there)', () => {
    check([
      ['上海讯 被告人在赶往北京路上被民警抓获，上海市黄浦区人民法院审结此案。', ['上海 310000 dateline', '北京 110000 mention', '上海市 310000 court', '黄浦区 310101 court'], '310101'],
      ['广州讯 被告人驾车回湖南路上发生事故，广州市白云区人民法院审结此案。', ['广州 440100 dateline', '湖南 430000 mention', '广州市 440100 court', '白云区 440111 court'], '440111'],
    ]);
  });
});

describe('people named like counties', () => {
  it('reads a surname and a county form after a kinship word or a party’s role as a person', () => {
    check([
      ['南通讯 老人住院后，长子陈如东起初不愿承担医疗费，如东县人民法院调解结案。', ['南通 320600 dateline', '如东县 320623 court'], '320623'],
      ['如皋讯 老人的次女王海安拒绝探望，如皋市人民法院判决其支付赡养费。', ['如皋 320682 dateline', '如皋市 320682 court'], '320682'],
      ['泰州讯 被害人李兴化在路边被打伤，泰州市海陵区人民法院审结此案。', ['泰州 321200 dateline', '泰州市 321200 court', '海陵区 321202 court'], '321202'],
      ['扬州讯 借款人赵宝应到期未还款，出借人诉至扬州市邗江区人民法院。', ['扬州 321000 dateline', '扬州市 321000 court', '邗江区 321003 court'], '321003'],
      ['南京讯 被告人的胞弟孙江宁出庭作证，南京市江宁区人民法院审结此案。', ['南京 320100 dateline', '南京市 320100 court', '江宁区 320115 court'], '320115'],
    ]);
  });

  it('keeps a place after a kinship word when a place word follows it', () => {
    check([['被告人的长子在如东县城务工，如东县人民法院审结此案。', ['如东县 320623 mention', '如东县 320623 court'], '320623']]);
  });
});
