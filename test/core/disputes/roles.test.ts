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

  it('tells organisation names, umbrella words and cases apart', () => {
    expect(roles('该院与金融纠纷人民调解委员会共同化解金融借贷纠纷和矛盾纠纷。')).toEqual([
      ['金融纠纷', 'organization'],
      ['金融借贷纠纷', 'case'],
      ['矛盾纠纷', 'generic'],
    ]);
  });
});
