import { describe, expect, it } from 'vitest';
import { splitArticles } from '../../../src/core/split/split-articles.js';
import { decodeBytes } from '../../../src/io/decode.js';
import { encodeGb18030, encodeUtf16 } from '../../helpers/encode.js';
import { SEED_TEXT } from '../../helpers/seed.js';

const split = (text: string, path = 'page.txt') => splitArticles({ path, text });

describe('splitArticles on the bundled page', () => {
  const articles = split(SEED_TEXT, '2023-12-nmg-court-news-page.txt');

  it('finds the nine articles with their datelines', () => {
    expect(articles.map((a) => a.dateline)).toEqual(['呼和浩特', '科布尔', '阿木古郎', '呼伦贝尔', '百灵庙', null, '城关', '金山', '通辽']);
  });

  it('reads every byline, including one on its own line and one in the dateline', () => {
    expect(articles.map((a) => a.byline)).toEqual(['韩立波', '臧跃鹏', '苏都毕力格', '薛雨', '黄晓晓', '闫利民', '何晓雪', '固阳县人民法院供稿', '关清 马喜莲']);
  });

  it('gives headlines standing before, after and away from their articles to the right ones', () => {
    const headlines = articles.map((a) => a.headline);
    expect(headlines.slice(0, 3)).toEqual(['凝聚联动合力 深化多元解纷', '聚焦审执质效提升 全力冲刺年度目标', '深化多元解纷机制 纵深推进诉源治理']);
    expect(headlines.slice(4)).toEqual([
      '录音证据显作用 公正判决获锦旗',
      '全国法院一家亲 倾力相助促执行',
      '提振企业发展信心 助力优化营商环境',
      '周末执行“不打烊” 司法为民显担当',
      '加大诉源治理工作 推动纠纷多元化解',
    ]);
    expect([null, '“学”上下功夫“行”上见实效']).toContain(headlines[3]);
  });

  it('numbers articles from 1, dates them from the file name and spans the source', () => {
    expect(articles.map((a) => a.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(new Set(articles.map((a) => a.date))).toEqual(new Set(['2023-12']));
    const fifth = articles[4]!;
    expect(SEED_TEXT.slice(fifth.span.start, fifth.span.start + 4)).toBe('百灵庙讯');
    expect(SEED_TEXT.slice(fifth.span.end - 5, fifth.span.end)).toBe('（黄晓晓）');
    expect(fifth.datelineSpan).toMatchObject({ text: '百灵庙' });
    expect(SEED_TEXT.slice(fifth.datelineSpan!.start, fifth.datelineSpan!.end)).toBe('百灵庙');
  });

  it('keeps datelines, headlines and bylines out of the body text', () => {
    expect(articles[0]!.text.startsWith('近日，呼和浩特市回民区')).toBe(true);
    expect(articles[0]!.text.endsWith('化解在诉前。')).toBe(true);
    expect(articles[5]!.text.startsWith('近日，鄂尔多斯市鄂托克旗')).toBe(true);
    expect(articles.some((a) => a.text.includes('黄晓晓') || a.text.includes('全国法院一家亲'))).toBe(false);
  });

  it('gives the same articles when the page is saved as GB18030 or UTF-16LE', () => {
    const summary = (text: string) => split(text).map(({ dateline, headline, byline, text: body }) => ({ dateline, headline, byline, body }));
    const expected = summary(SEED_TEXT);
    expect(summary(decodeBytes(encodeGb18030(SEED_TEXT)).text)).toEqual(expected);
    expect(summary(decodeBytes(encodeUtf16(SEED_TEXT, 'le')).text)).toEqual(expected);
  });
});

describe('splitArticles on small pages (written for these tests)', () => {
  it('reads newspaper and agency datelines with dates', () => {
    const text = ['本报河北12月4日讯 法院召开会议。（张三）', '', '新华社北京3月24日电 最高法发布案例。', '', '新华社电 全国法院审结案件。', '', '中新网杭州3月24日电（记者 李四）法院审结一起案件。'].join('\n');
    const articles = split(text, 'news-2024-03-25.txt');
    expect(articles.map((a) => [a.dateline, a.date, a.byline])).toEqual([
      ['河北', '2023-12-04', '张三'],
      ['北京', '2024-03-24', null],
      [null, '2024-03-25', null],
      ['杭州', '2024-03-24', '李四'],
    ]);
  });

  it('reads 本报讯 with reporter and correspondent, and a bare 供稿 line', () => {
    const text = ['本报讯（记者 王五 通讯员 赵六）近日，某县法院审结一起案件。', '', '通辽讯 近日，法院开展集中执行。', '科尔沁区人民法院供稿'].join('\n');
    expect(split(text).map((a) => [a.dateline, a.byline])).toEqual([
      [null, '王五 赵六'],
      ['通辽', '科尔沁区人民法院供稿'],
    ]);
  });

  it('does not take 通讯员 or 闻讯 at a line start for a dateline', () => {
    const text = ['通辽讯 近日，法院开展普法活动。', '通讯员到场采访。群众闻讯', '赶来。'].join('\n');
    const articles = split(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.text).toBe('近日，法院开展普法活动。\n通讯员到场采访。群众闻讯赶来。');
  });

  it('keeps a numbered sub-heading and （试行） inside the article', () => {
    const text = ['标题在前', '', '薛家湾讯 法院制定办法', '（试行）。', '一、强化制度建设', '', '法院聘任调解员。（刘七）'].join('\n');
    const articles = split(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.headline).toBe('标题在前');
    expect(articles[0]!.text).toContain('一、强化制度建设');
  });

  it('starts an article without dateline after a byline', () => {
    const text = ['包头讯 第一篇正文。（王甲）', '', '第二篇没有电头，正文在此。', '（李乙）'].join('\n');
    expect(split(text).map((a) => [a.dateline, a.text, a.byline])).toEqual([
      ['包头', '第一篇正文。', '王甲'],
      [null, '第二篇没有电头，正文在此。', '李乙'],
    ]);
  });

  it('holds a single article with its headline at the top', () => {
    const text = '法院调解化纠纷\n近日，某法院成功调解一起\n纠纷。';
    expect(split(text).map((a) => [a.headline, a.text])).toEqual([['法院调解化纠纷', '近日，某法院成功调解一起纠纷。']]);
  });

  it('returns no article for an empty file', () => {
    expect(split('')).toEqual([]);
    expect(split('\n\n  \n')).toEqual([]);
  });
});

describe('splitArticles with blank lines mid-sentence (written for these tests)', () => {
  it('does not take a full body line before a mid-sentence blank line for a headline', () => {
    const text = ['包头讯 法院审结一起民间借贷纠纷案件，判', '决被告归还借款本金及利息。', '', '法官提醒，借贷双方应妥善保存转账记录和收', '', '据，以免发生纠纷时举证不能。', '', '（段宇）'].join('\n');
    const articles = split(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.text).toBe('法院审结一起民间借贷纠纷案件，判决被告归还借款本金及利息。\n法官提醒，借贷双方应妥善保存转账记录和收据，以免发生纠纷时举证不能。');
    expect(articles[0]!.byline).toBe('段宇');
  });
});

describe('splitArticles with punctuated headlines (written for these tests)', () => {
  it('takes a headline ending in a question mark, and stacked headlines with commas, after their articles', () => {
    const text = [
      '海口讯 法院审结一起劳动争议案件，认定员工',
      '下班后处理工作消息属于加班。（陈一）',
      '',
      '下班后回复工作消息，算加班吗？',
      '',
      '三亚讯 法院审结一起提供劳务者受害责任纠',
      '纷案件，判决雇主承担七成责任。（林二）',
      '',
      '安装工坠落受伤，雇主担七成责任',
      '',
      '儋州讯 法院开展巡回审判。（王三）',
      '',
      '巡回审判进乡村',
    ].join('\n');
    expect(split(text).map((a) => [a.dateline, a.headline, a.byline])).toEqual([
      ['海口', '下班后回复工作消息，算加班吗？', '陈一'],
      ['三亚', '安装工坠落受伤，雇主担七成责任', '林二'],
      ['儋州', '巡回审判进乡村', '王三'],
    ]);
  });

});

describe('splitArticles with datelines ending in a word-like character (written for these tests)', () => {
  it('reads 南通讯 followed by a space as a dateline, but not 通讯员 or 闻讯赶来', () => {
    const text = ['南通讯 近日，南通市中级人民法院召开会议。', '通讯员到场。群众闻讯赶来。（周五）'].join('\n');
    const articles = split(text);
    expect(articles.map((a) => [a.dateline, a.byline])).toEqual([['南通', '周五']]);
    expect(articles[0]!.text).toBe('近日，南通市中级人民法院召开会议。\n通讯员到场。群众闻讯赶来。');
  });
});

describe('splitArticles with a byline broken over two lines (written for these tests)', () => {
  it('joins the two halves and keeps the next article apart', () => {
    const text = ['如东讯 法院审结一起买卖合同纠纷案件。（张', '立新）', '海安讯 法院开展普法活动。（李四）'].join('\n');
    expect(split(text).map((a) => [a.dateline, a.text, a.byline])).toEqual([
      ['如东', '法院审结一起买卖合同纠纷案件。', '张立新'],
      ['海安', '法院开展普法活动。', '李四'],
    ]);
  });
});

describe('splitArticles with page furniture and a broken dateline credit (written for these tests)', () => {
  it('reads a credit bracket the layout broke and leaves editor lines and page headers out', () => {
    const text = [
      '南国法治报　2024年12月18日　星期三　第3版',
      '',
      '本报南宁12月18日讯（记者 黄海燕 通讯',
      '员 农丽）近日，法院审结一起买卖合同纠纷。',
      '',
      '柳州讯 法院开展集中执行。（韦五）',
      '',
      '本版编辑：陆晓岚　　校对：梁一',
    ].join('\n');
    expect(split(text).map((a) => [a.dateline, a.headline, a.byline, a.text])).toEqual([
      ['南宁', null, '黄海燕 农丽', '近日，法院审结一起买卖合同纠纷。'],
      ['柳州', null, '韦五', '法院开展集中执行。'],
    ]);
  });
});

describe('splitArticles with sub-headings in a long story (written for these tests)', () => {
  it('keeps marked and plain one-line sub-headings inside the open article, as paragraphs of their own', () => {
    const text = [
      '调解护航春耕',
      '',
      '固阳讯 今春以来，法院把调解室搬到田间地头。',
      '',
      '■ 砍一棵 补十棵',
      '',
      '村民甲砍伐林木被诉，经调解补种树苗十棵。',
      '',
      '一场邻里风波',
      '',
      '两户村民因排水沟发生争执，法官现场调解。（赵 磊）',
      '',
      '执行干警连夜出击',
      '',
      '金山讯 法院开展凌晨执行行动。（王甲）',
    ].join('\n');
    const articles = split(text);
    expect(articles.map((a) => [a.dateline, a.headline, a.byline])).toEqual([
      ['固阳', '调解护航春耕', '赵磊'],
      ['金山', '执行干警连夜出击', '王甲'],
    ]);
    expect(articles[0]!.text).toContain('地头。\n■砍一棵补十棵\n村民甲');
    expect(articles[0]!.text).toContain('一场邻里风波\n两户村民');
  });

  it('joins a paragraph’s first line to the text a blank line cut from it', () => {
    const text = [
      '包头讯 法院召开推进会，部署年底前的执行工作。',
      '法院始终秉持善意文明执行理',
      '',
      '念，依法保障胜诉权益。',
      '法院组织开展“冬季',
      '',
      '护薪”专项行动。',
      '综合考虑服务质量',
      '',
      '等因素，法院酌情判决。（王甲）',
    ].join('\n');
    expect(split(text)[0]!.text).toBe('法院召开推进会，部署年底前的执行工作。\n法院始终秉持善意文明执行理念，依法保障胜诉权益。\n法院组织开展“冬季护薪”专项行动。\n综合考虑服务质量等因素，法院酌情判决。');
  });

  it('gives a numbered sub-heading a paragraph of its own', () => {
    const text = ['包头讯 法院出台意见。', '一、强化平等保护', '意见明确，依法平等保护各类主体。', '【法官说法】', '此类纠纷多发', '于农忙时节。（王甲）'].join('\n');
    expect(split(text)[0]!.text).toBe('法院出台意见。\n一、强化平等保护\n意见明确，依法平等保护各类主体。\n【法官说法】\n此类纠纷多发于农忙时节。');
  });

  it('joins a line opening with a bracketed label to the sentence it starts', () => {
    const text = ['包头讯 法院近日在官方网站上集中发布了一批涉农案件的典型案例，', '供群众参考。', '【法官说法】这类案件过去常被称为', '雇员受害赔偿纠纷。（王甲）'].join('\n');
    expect(split(text)[0]!.text).toBe('法院近日在官方网站上集中发布了一批涉农案件的典型案例，供群众参考。\n【法官说法】这类案件过去常被称为雇员受害赔偿纠纷。');
  });
});

describe('splitArticles with a notice signed at its foot (written for these tests)', () => {
  it('keeps the issuer and the date in the notice, whether indented or followed by the date', () => {
    const text = [
      '某县人民法院限期履行公告',
      '',
      '被执行人王某某拖欠货款一案，判决已生效。限其于十日内履行义务。',
      '特此公告。',
      '',
      '　　　　　　　　安徽省泾县人民法院',
      '　　　　　　　　　　2025年3月2日',
      '',
      '司法拍卖公告',
      '',
      '本院将在网络平台公开拍卖被执行人名下房产一套。',
      '特此公告。',
      '',
      '　　　　　　　　　　祁门县人民法院',
      '',
      '责任编辑：吴一',
    ].join('\n');
    const articles = split(text);
    expect(articles.map((a) => [a.headline, a.byline])).toEqual([
      ['某县人民法院限期履行公告', null],
      ['司法拍卖公告', null],
    ]);
    expect(articles[0]!.text).toMatch(/特此公告。\n安徽省泾县人民法院\n2025年3月2日$/);
    expect(articles[1]!.text).toMatch(/特此公告。\n祁门县人民法院$/);
  });

  it('leaves a court name at paragraph indent, with no date under it, to the layout', () => {
    const text = ['霍山讯 法院审结一起合同纠纷。', '', '　　舒城县人民法院', '', '舒城讯 法院开展普法宣传。'].join('\n');
    expect(split(text).map((a) => a.headline)).toEqual([null, '舒城县人民法院']);
  });
});


describe('splitArticles with a report under a subtitle and its author (written for these tests)', () => {
  it('keeps a wide dash subtitle in the headline and reads the author line under it as the byline', () => {
    const text = [
      '某日报　2025年2月10日　星期一　　　专刊　05',
      '',
      '祁县人民法院工作报告（摘要）',
      '——2025年2月6日在祁县第十七届人民代表大会第四次会议上',
      '祁县人民法院院长　赵某某',
      '',
      '各位代表：',
      '',
      '现在，我代表祁县人民法院向大会报告工作，',
      '请予审议。全院去年共受理各类案件5200件。',
      '审结5100件，结案率98%，同比上升1个百分点。',
    ].join('\n');
    const articles = split(text);
    expect(articles.map((a) => [a.headline, a.byline])).toEqual([
      ['祁县人民法院工作报告（摘要） ——2025年2月6日在祁县第十七届人民代表大会第四次会议上', '赵某某'],
    ]);
    expect(articles[0]!.text.startsWith('各位代表：')).toBe(true);
  });

  it('reads an office line as an author only under a headline, and a headline of two halves stays whole', () => {
    const text = ['法官走进村 纠纷化在前', '', '新绛讯 法院巡回审判。（李一）'].join('\n');
    expect(split(text).map((a) => [a.headline, a.byline])).toEqual([['法官走进村 纠纷化在前', '李一']]);
  });
});

describe('splitArticles on feature pages (written for these tests)', () => {
  it('drops the column name under the page date, so it does not compete with the headline', () => {
    const text = ['法治周刊　2025年3月14日　星期五', '社区法官工作室', '', '物业费僵局', '在圆桌会上解开', '', '本报长沙3月12日讯（记者 甲乙）社区法官工作室里，一场圆桌会化解了物业费纠纷。'].join('\n');
    expect(split(text).map((a) => [a.dateline, a.headline, a.byline])).toEqual([['长沙', '物业费僵局 在圆桌会上解开', '甲乙']]);
  });

  it('takes a line ending in a question in quotes for a headline', () => {
    const text = ['“法官，我还能见到爸爸吗？”', '', '本报成都5月30日讯（记者 罗丙）法院少年家事审判庭守护孩子成长。'].join('\n');
    expect(split(text).map((a) => a.headline)).toEqual(['“法官，我还能见到爸爸吗？”']);
  });

  it('keeps apart two names a broken credit bracket parts with a space at the line end', () => {
    const text = ['本报乌鲁木齐12月18日讯（记者 古丽·艾力 ', '通讯员 王丁）12月17日晚，法院开展集中执行。'].join('\n');
    expect(split(text).map((a) => [a.dateline, a.byline])).toEqual([['乌鲁木齐', '古丽·艾力 王丁']]);
  });

  it('takes a one-line headline of two halves inside a run of undated items for the next item’s', () => {
    const text = [
      '借钱买房 没写借条能要回吗？',
      '',
      '读者陈女士问：朋友向我借了15万元，没有写借条，怎么办？',
      '法官答：转账记录能证明款项交付，可以起诉。',
      '',
      '孩子在托管班受伤 谁来担责？',
      '',
      '读者林先生问：孩子在托管班被推倒受伤，托管班不愿赔钱。',
      '法官答：托管机构未尽到管理职责的，应当承担相应责任。',
    ].join('\n');
    expect(split(text).map((a) => [a.headline, a.text.slice(0, 5)])).toEqual([
      ['借钱买房 没写借条能要回吗？', '读者陈女士'],
      ['孩子在托管班受伤 谁来担责？', '读者林先生'],
    ]);
  });
});

describe('splitArticles with notices and marked bylines (written for these tests)', () => {
  it('takes an issuer and a spaced notice title for a headline though the notice runs straight on', () => {
    const text = [
      '执行攻坚见成效',
      '',
      '本报讯（记者 甲乙）法院开展专项执行，案款已全部发放。',
      '',
      '某县人民法院',
      '悬　赏　公　告',
      '申请执行人张某诉被执行人李某民间借贷纠纷',
      '一案，判决已生效，被执行人至今未履行。',
      '',
      '（某县人民法院供稿）',
    ].join('\n');
    expect(split(text).map((a) => [a.headline, a.byline, a.text.slice(0, 5)])).toEqual([
      ['执行攻坚见成效', '甲乙', '法院开展专'],
      ['某县人民法院 悬 赏 公 告', '某县人民法院供稿', '申请执行人'],
    ]);
  });

  it('reads names after a hollow square on a line of their own as the byline', () => {
    const text = ['山里的法官', '', '本报讯 法官走进山里调解纠纷。', '', '□ 韩丙', '', '蛟河讯 近日，法院开展执行。（王甲）'].join('\n');
    expect(split(text).map((a) => [a.headline, a.byline])).toEqual([
      ['山里的法官', '韩丙'],
      [null, '王甲'],
    ]);
  });
});

describe('splitArticles on a court newsletter (written for these tests)', () => {
  it('reads 本刊讯 like 本报讯, and a long single line between undated stories as the next one’s headline', () => {
    const text = [
      '本刊讯（通讯员 胡甲）法院在镇便民服务中心开庭审理一起房屋买卖合同纠纷。',
      '',
      '某区法院发布涉中小微企业商事审判白皮书',
      '',
      '某区人民法院日前发布白皮书，三年来共受理商事案件2.15万件。',
      '（某区法院供稿）',
    ].join('\n');
    expect(split(text).map((a) => [a.dateline, a.headline, a.byline])).toEqual([
      [null, null, '胡甲'],
      [null, '某区法院发布涉中小微企业商事审判白皮书', '某区法院供稿'],
    ]);
  });
});

describe('splitArticles with an author under the headline (written for these tests)', () => {
  it('reads a marked byline under a headline as the next article’s author, and gives it that headline', () => {
    const text = ['本报讯 法院开展执行。（王甲）', '', '借条大写小写不一致', '法院这样认定', '□ 叶丙', '', '【案情】村民黄某向朋友借钱周转。'].join('\n');
    expect(split(text).map((a) => [a.headline, a.byline])).toEqual([
      [null, '王甲'],
      ['借条大写小写不一致 法院这样认定', '叶丙'],
    ]);
  });
});
