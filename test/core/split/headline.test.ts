import { describe, expect, it } from 'vitest';
import { isHeadlineLine, joinHeadline } from '../../../src/core/split/headline.js';

// Lines written for this test, imitating court-news headlines and body lines.
describe('isHeadlineLine', () => {
  it('takes short unpunctuated lines, one comma, and a closing question or exclamation mark', () => {
    expect(['凝聚联动合力', '录音证据显作用 公正判决获锦旗', '下班后回复工作消息，算加班吗？', '拒不还钱？法院出手！'.slice(5)].map(isHeadlineLine)).toEqual([true, true, true, true]);
  });

  it('rejects sentences, mid-line questions, open endings, numbered sub-headings and long lines', () => {
    expect(['法院召开会议。', '怎么办？法官给出建议', '会议指出：', '一、强化制度建设', '（一）诉前调解', '甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸子丑寅卯'].map(isHeadlineLine)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('joinHeadline', () => {
  it('joins lines with one space and collapses inner spaces', () => {
    expect(joinHeadline(['聚焦审执质效提升', '全力冲刺年度目标'])).toBe('聚焦审执质效提升 全力冲刺年度目标');
    expect(joinHeadline(['录音证据显作用\u3000\u3000公正判决获锦旗'])).toBe('录音证据显作用 公正判决获锦旗');
  });
});
