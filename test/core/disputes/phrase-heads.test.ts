// Sentences written by us in the style of court news.
import { describe, expect, it } from 'vitest';
import { scanPhrases } from '../../../src/core/disputes/phrase-heads.js';
import { scanned } from '../../helpers/disputes.js';

describe('scanPhrases', () => {
  it('maps phrases by rule and by rewrite, and reports the rest with no cause', () => {
    expect(scanned('巡回法庭化解了一起草场承包纠纷。', scanPhrases)).toEqual([['草场承包纠纷', '土地承包经营权纠纷']]);
    expect(scanned('这起商铺租赁纠纷经调解结案。', scanPhrases)).toEqual([['商铺租赁纠纷', '房屋租赁合同纠纷']]);
    expect(scanned('两人之间的债务纠纷拖了三年。', scanPhrases)).toEqual([['债务纠纷', null]]);
  });

  it('starts a phrase after the last boundary word', () => {
    expect(scanned('法官调处了一起因浇地引发的噪音纠纷。', scanPhrases)).toEqual([['噪音纠纷', null]]);
    expect(scanned('推动更多纠纷诉前化解，减少纠纷。', scanPhrases)).toEqual([]);
  });

  it('leaves names to the name scan, but lets a longer rule beat a shorter name', () => {
    expect(scanned('审结一起买卖合同纠纷。', scanPhrases)).toEqual([]);
    expect(scanned('县劳动人事争议仲裁委员会', scanPhrases)).toEqual([['劳动人事争议', '劳动争议、人事争议、新就业形态用工纠纷']]);
  });

  it('reports no unnamed …争议 and skips heads such as 争议焦点', () => {
    expect(scanned('双方对事实没有争议，争议焦点在于违约金。', scanPhrases)).toEqual([]);
    expect(scanned('这起土地权属争议由来已久。', scanPhrases)).toEqual([]);
  });
});
