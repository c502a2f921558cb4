import { describe, expect, it } from 'vitest';
import { matchAuthorLine, matchTrailingByline, parseByline } from '../../../src/core/split/byline.js';

describe('parseByline', () => {
  it('drops role words and joins names by one space', () => {
    expect(parseByline('记者 闫利民')).toBe('闫利民');
    expect(parseByline('记者闫利民 通讯员 王某')).toBe('闫利民 王某');
    expect(parseByline('关清 马喜莲')).toBe('关清 马喜莲');
    expect(parseByline('文/图 李明')).toBe('李明');
    expect(parseByline('文：李明')).toBe('李明');
  });

  it('keeps names that start with a role character', () => {
    expect(parseByline('文怡')).toBe('文怡');
    expect(parseByline('图雅')).toBe('图雅');
  });

  it('keeps a 供稿 credit whole and rejects non-names', () => {
    expect(parseByline('固阳县人民法院供稿')).toBe('固阳县人民法院供稿');
    expect(parseByline('试行')).toBeNull();
    expect(parseByline('2023')).toBeNull();
    expect(parseByline('一')).toBeNull();
  });
});

describe('matchTrailingByline', () => {
  it('finds a byline after a closed sentence or alone on its line', () => {
    expect(matchTrailingByline('化解在诉前。 （韩立波）')).toEqual({ byline: '韩立波', index: 7 });
    expect(matchTrailingByline('（苏都毕力格）')).toEqual({ byline: '苏都毕力格', index: 0 });
  });

  it('ignores a bracket that does not follow a closed sentence', () => {
    expect(matchTrailingByline('关于进一步落实多元解纷机制工作办法（试行）')).toBeNull();
    expect(matchTrailingByline('创建无讼嘎查村（社区）')).toBeNull();
  });
});

describe('parseByline with padded names', () => {
  it('joins a two-character name padded with a space to the width of three', () => {
    expect(parseByline('赵 磊')).toBe('赵磊');
    expect(parseByline('杨 帆 吴思琪')).toBe('杨帆 吴思琪');
    expect(parseByline('记者 宝 音')).toBe('宝音');
  });
});

describe('matchAuthorLine', () => {
  it('reads the name after an office and a space, and nothing else', () => {
    expect(matchAuthorLine('祁县人民法院院长　赵某某')).toBe('赵某某');
    expect(matchAuthorLine('某市中级人民法院副庭长 李 明')).toBe('李明');
    expect(matchAuthorLine('法官走进村 纠纷化在前')).toBeNull();
    expect(matchAuthorLine('祁县人民法院院长')).toBeNull();
  });
});
