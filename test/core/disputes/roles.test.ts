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

// Sentences written by us; the phrasings were found on held-out set 5 (measured blind first).
describe('circuit points, counted lists, land leases and headlines that resolve disputes', () => {
  const names = (text: string) => classifyDisputes(text, MODEL).map((m) => [text.slice(m.start, m.end), m.node?.name ?? null, m.role]);

  it('reads a circuit point or a platform named for a kind of dispute as an organisation', () => {
    expect(roles('该院在产业园设立劳动争议巡回审判点。')).toEqual([['劳动争议', 'organization']]);
  });

  it('reads a list closed by a count of kinds (三类案件) item by item', () => {
    expect(names('政府信息公开、行政协议、工伤认定三类案件占全年行政案件的四成。').slice(0, 3).map(([, name]) => name)).toEqual(['政府信息公开', '行政协议', '行政确认']);
  });

  it('maps the lease of grassland or farmland to 土地租赁合同纠纷', () => {
    expect(names('法庭今年调解了9件草场租赁合同纠纷。')).toEqual([['草场租赁合同纠纷', '土地租赁合同纠纷', 'case']]);
  });

  it('reads 化纠纷 in a headline as resolving disputes, no case', () => {
    expect(names('巡回法庭田间地头化纠纷')).toEqual([]);
  });
});

describe('a share of disputes in a headline (found on held-out set 6)', () => {
  it('reads 四成纠纷 as a share, no case', () => {
    expect(classifyDisputes('解纷：四成纠纷化解在诉前', MODEL)).toEqual([]);
  });
});
