// Sentences written by us in the style of court news.
import { describe, expect, it } from 'vitest';
import { classifyDisputes } from '../../../src/core/disputes/classify.js';
import { endsInOrganization } from '../../../src/core/disputes/roles.js';
import { MODEL } from '../../helpers/disputes.js';

const roles = (text: string) => classifyDisputes(text, MODEL).map((m) => [text.slice(m.start, m.end), m.role]);

describe('roles', () => {
  it('finds organisation endings directly or after a few Han characters, never across 的 or punctuation', () => {
    expect(endsInOrganization('劳动争议诉裁调解工作室', 4, MODEL)).toBe(true);
    expect(endsInOrganization('劳动争议诉前调解中心', 4, MODEL)).toBe(true);
    expect(endsInOrganization('劳动争议的调解中心', 4, MODEL)).toBe(false);
    expect(endsInOrganization('劳动争议，调解中心', 4, MODEL)).toBe(false);
  });

  it('reads rooms and centres named for resolving or coordinating disputes as organisations', () => {
    expect(roles('县法院在立案大厅设立行政争议协调化解室，当天受理一起离婚纠纷。')).toEqual([
      ['行政争议', 'organization'],
      ['离婚纠纷', 'case'],
    ]);
    expect(roles('物业纠纷调处室和劳动争议协调中心同日挂牌。')).toEqual([
      ['物业纠纷', 'organization'],
      ['劳动争议', 'organization'],
    ]);
  });

  it('reads 毒品犯罪 as an umbrella word, and a drug charge before 犯罪 as the charge', () => {
    expect(roles('市中院集中宣判三起毒品犯罪案件，其中一起贩卖毒品犯罪案件的被告人被判处死刑。')).toEqual([
      ['毒品犯罪案件', 'generic'],
      ['贩卖毒品犯罪案件', 'case'],
    ]);
  });

  it('tells organisation names, umbrella words and cases apart', () => {
    expect(roles('该院与金融纠纷人民调解委员会共同化解金融借贷纠纷和矛盾纠纷。')).toEqual([
      ['金融纠纷', 'organization'],
      ['金融借贷纠纷', 'case'],
      ['矛盾纠纷', 'generic'],
    ]);
  });
});
