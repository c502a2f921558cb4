import { describe, expect, it } from 'vitest';
import { primaryOf } from '../../helpers/regions.js';

// Texts written for these tests, imitating court news.
describe('primary region', () => {
  it('is the inner one when the dateline and the reporting court nest', () => {
    expect(primaryOf('科布尔讯 察右中旗人民法院召开审判执行推进会。')).toBe('150927103');
    expect(primaryOf('呼伦贝尔讯 满洲里市人民法院受理一起运输合同纠纷。')).toBe('150781');
    expect(primaryOf('新华社呼和浩特电 内蒙古自治区高级人民法院发布典型案例。')).toBe('150100');
  });

  it('is the smallest unit containing both when they are siblings', () => {
    expect(primaryOf('保康讯 科左中旗人民法院舍伯吐法庭开展普法宣传。')).toBe('150521');
  });

  it('is decided by the first court named, not by a court that helped later', () => {
    expect(primaryOf('本报讯 鄂托克旗人民法院执结一起案件，海原县人民法院协助执行。')).toBe('150624');
    expect(primaryOf('赤峰中院联合红山区法院开展集中执行行动。')).toBe('150400');
  });

  it('is the smallest unit containing both when they meet higher up, and the court when they meet in no province', () => {
    expect(primaryOf('海拉尔讯 满洲里市人民法院近日审结一起运输合同纠纷。')).toBe('150700');
    expect(primaryOf('呼和浩特讯 满洲里市人民法院近日审结一起运输合同纠纷。')).toBe('150000');
    expect(primaryOf('新华社北京电 包头市昆都仑区人民法院发布一批典型案例。')).toBe('150203');
  });

  it('falls back to the first resolved place, a qualified name counting as its innermost unit', () => {
    expect(primaryOf('包头市达茂旗人民检察院向旗林草局发出检察建议。')).toBe('150223');
    expect(primaryOf('被告人先后在北京、河北等地实施诈骗，后在乌海市落网。')).toBe('110000');
  });

  it('is null when the dateline and the court are both ambiguous, or nothing resolves', () => {
    expect(primaryOf('达旗讯 达旗人民法院召开全体干警大会。')).toBeNull();
    expect(primaryOf('本报讯 全区法院执行指挥中心召开推进会。')).toBeNull();
  });
});
