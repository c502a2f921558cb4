// Administrative suffixes: what a unit's name ends with, and what is left when text drops it.

/** The 56 nationalities, as 民族乡 names carry them (`双河苗族彝族乡`). */
const NATIONALITIES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';

/**
 * Township-level endings, with the rank a dateline or tribunal reading of the bare stem takes
 * (lower wins), and whether the full name is matched in running text. Beijing files some
 * township-level areas as 地区 (平谷区马坊地区, 顺义区天竺地区); their tribunals are named by the
 * stem (`马坊法庭`), but `马坊地区` in running text is as often "the 马坊 area" anywhere, so only
 * the stem is read.
 */
const TOWNSHIP_ENDINGS: readonly [RegExp, number, boolean][] = [
  [new RegExp(`(?:(?:${NATIONALITIES})族)*镇$`), 3, true],
  [new RegExp(`(?:(?:${NATIONALITIES})族)*(?:民族)?(?:乡|苏木)$`), 4, true],
  [/街道$/, 5, true],
  [/街道办事处$/, 6, true],
  [/(?:街道)?地区$/, 7, false],
];

/**
 * Prefecture-, county- and province-level endings text drops (`兴安盟` → `兴安`, `锡林浩特市` →
 * `锡林浩特`), with the nationalities a county-level unit names (`三江侗族自治县` → `三江`). An
 * autonomous prefecture keeps them: 海南藏族自治州 shortened to 海南 would be the province.
 */
const UNIT_ENDING = new RegExp(`(?:自治区|自治州|(?:(?:${NATIONALITIES})族)*(?:自治县|自治旗|区|县|旗)|地区|省|市|盟)$`);

/** Characters that end a written unit name; a short form not ending in one is "bare" (`达茂`, `包头`). */
export const SUFFIX_CHARS = '省市区县旗盟州镇乡';

/** Characters that turn a bare county or city stem into a name of its own (`中宁` + `市`). */
export const WRONG_SUFFIX_CHARS = '市县区旗盟';

/** Shortest stem worth indexing: one character (`马镇` → `马`) is a word, not a place. */
const MIN_STEM = 2;

/** A township name's stem, its rank, and whether the full name is read in running text. */
export interface TownshipStem {
  /** The name without its ending (`科布尔` of 科布尔镇, `马坊` of 马坊地区). */
  stem: string;
  /** Preference of the stem reading: 镇 3 … 地区 7. */
  rank: number;
  /** False for 地区 names, read only by their stem. */
  named: boolean;
}

/** The stem of a township name and its rank, or null when the name is not a township (`某农场`). */
export function townshipStem(name: string): TownshipStem | null {
  for (const [ending, rank, named] of TOWNSHIP_ENDINGS) {
    const match = ending.exec(name);
    if (!match) continue;
    const stem = name.slice(0, match.index);
    return [...stem].length >= MIN_STEM ? { stem, rank, named } : null;
  }
  return null;
}

/** The stem of a province, city or county name (`兴安盟` → `兴安`), or null when nothing is left. */
export function unitStem(name: string): string | null {
  const stem = name.replace(UNIT_ENDING, '');
  return stem !== name && [...stem].length >= MIN_STEM ? stem : null;
}

/** True when a written form ends in an administrative suffix (`达茂旗`, `科布尔镇`), false for a bare form (`达茂`). */
export function hasSuffix(form: string): boolean {
  return SUFFIX_CHARS.includes(form.slice(-1));
}
