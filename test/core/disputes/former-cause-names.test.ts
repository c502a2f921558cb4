// Sentences written by us in the style of court news (not copied from any source).
import { describe, expect, it } from 'vitest';
import { classifyDisputes } from '../../../src/core/disputes/classify.js';
import { MODEL } from '../../helpers/disputes.js';

const found = (text: string) => classifyDisputes(text, MODEL).map((m) => [text.slice(m.start, m.end), m.node?.name ?? null, m.via, m.mapped]);

describe('names of older editions', () => {
  it('reads a name the 2011 revision replaced as the current cause', () => {
    expect(found('法官介绍，此类案件以前叫作雇员受害赔偿纠纷。')).toEqual([['雇员受害赔偿纠纷', '提供劳务者受害责任纠纷', 'name', false]]);
  });

  it('reads names the 2020 revision changed, with or without 、', () => {
    expect(found('该院审结一起公共场所管理人责任纠纷。')).toEqual([['公共场所管理人责任纠纷', '经营场所、公共场所的经营者、管理者责任纠纷', 'name', false]]);
    expect(found('原告起诉的生命权健康权身体权纠纷一案')).toEqual([['生命权健康权身体权纠纷', '生命权、身体权、健康权纠纷', 'name', false]]);
    expect(found('围墙垮塌引发的建筑物、构筑物倒塌损害责任纠纷')).toEqual([['建筑物、构筑物倒塌损害责任纠纷', '建筑物、构筑物倒塌、塌陷损害责任纠纷', 'name', false]]);
  });
});
