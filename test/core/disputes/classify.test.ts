// A story written by us in the style of court news (not copied from any source).
import { describe, expect, it } from 'vitest';
import { classifyDisputes } from '../../../src/core/disputes/classify.js';
import { extractDisputes } from '../../../src/core/disputes/mention.js';
import { resolveDisputeName } from '../../../src/core/disputes/resolve-name.js';
import { normaliseLines } from '../../../src/core/normalise.js';
import { MODEL } from '../../helpers/disputes.js';

const STORY =
  '原告赵某与被告钱某民间借贷纠纷一案，经调解后达成协议。钱某未按期还款，赵某遂向法院申请强制执行。' +
  '该院今年审结婚约财产纠纷案件十二件，另有一起因工程款结算产生纠纷的案件在审理中。' +
  '被告人孙某犯盗窃罪，被判处有期徒刑一年。该院与县医疗纠纷人民调解委员会建立了对接机制，各类矛盾纠纷化解在基层。';

describe('classifyDisputes', () => {
  it('finds every mention of a story with cause, family, role and phrasing', () => {
    expect(classifyDisputes(STORY, MODEL).map((m) => [STORY.slice(m.start, m.end), m.node?.name ?? null, m.family, m.role, m.via, m.mapped])).toEqual([
      ['民间借贷纠纷', '民间借贷纠纷', 'civil', 'case', 'name', false],
      ['申请强制执行', '执行实施', 'enforcement', 'case', 'verb-suit', false],
      ['婚约财产纠纷', '婚约财产纠纷', 'civil', 'case', 'name', false],
      ['工程款结算产生纠纷', '建设工程合同纠纷', 'civil', 'case', 'cause-clause', true],
      ['盗窃罪', '盗窃罪', 'criminal', 'case', 'name', false],
      ['医疗纠纷', '医疗损害责任纠纷', 'civil', 'organization', 'phrase', true],
      ['各类矛盾纠纷', null, 'civil', 'generic', 'name', false],
    ]);
  });

  it('leaves out words inside a document title, within one paragraph', () => {
    const text = '法官依照《关于审理民间借贷案件适用法律若干问题的规定》审结一起民间借贷纠纷。《未闭合\n离婚纠纷》';
    expect(classifyDisputes(text, MODEL).map((m) => text.slice(m.start, m.end))).toEqual(['民间借贷纠纷', '离婚纠纷']);
  });

  it('finds nothing in text about court work', () => {
    expect(classifyDisputes('执行干警开展集中执行行动，申请执行人到场；该院纠纷化解率提高，被告人认罪认罚。', MODEL)).toEqual([]);
  });
});

describe('extractDisputes', () => {
  it('reports source spans across line breaks, text without them, the ancestor path and the (unlisted)/(none) causes', () => {
    const source = '法院化解一起金融借\n贷纠纷和一起彩礼纠纷，\n与矛盾纠纷调解中心合作。';
    const lines = source.split('\n').reduce<{ start: number; end: number }[]>((acc, line) => {
      const start = acc.length === 0 ? 0 : (acc[acc.length - 1] as { end: number }).end + 1;
      return [...acc, { start, end: start + line.length }];
    }, []);
    const normal = normaliseLines(source, lines);
    const mentions = extractDisputes(normal, source, MODEL);
    expect(mentions.map((m) => [m.text, m.cause, m.id, m.level, m.role, m.source, m.path])).toEqual([
      ['金融借贷纠纷', '金融借款合同纠纷', '2025-4-10-108-1', 4, 'case', { start: 6, end: 13 }, ['合同、准合同纠纷', '合同纠纷', '借款合同纠纷']],
      ['彩礼纠纷', '(unlisted)', null, null, 'case', { start: 16, end: 20 }, []],
      ['矛盾纠纷', '(none)', null, null, 'organization', { start: 23, end: 27 }, []],
    ]);
    expect(source.slice(6, 13)).toBe('金融借\n贷纠纷');
  });
});

describe('resolveDisputeName', () => {
  it('takes official names of every family and aliases, and nothing else', () => {
    expect(['合同纠纷', '抚养权纠纷', '侵犯财产罪', '终本案件', '执行实施', '(unlisted)', '吵架纠纷'].map((n) => resolveDisputeName(n, MODEL))).toEqual([
      '合同纠纷', '抚养纠纷', '侵犯财产罪', '终结本次执行程序', '执行实施', '(unlisted)', undefined,
    ]);
  });
});
