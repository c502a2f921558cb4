/** What a court suffix says about the level of the court's seat. */
export type CourtKind = 'high' | 'intermediate' | 'basic' | 'tribunal';

/** A court suffix found after a place. */
export interface CourtSuffix {
  /** Level of court it names. */
  kind: CourtKind;
  /** Code units it spans. */
  length: number;
  /** True for a list ending (`等法院`, `两地法院`): the places before it, separated by `、`, are courts too. */
  list: boolean;
}

// 铁路运输 (railway), 林区, 农垦 and 矿区 courts sit in the city or area they are named for.
const SPECIAL = '(?:铁路运输|林区|农垦|矿区)?';
const LIST = '(等地|等基层|等旗县|等|两地|三地|两级|三级)?';
// Cities with several courts of one level number them: 北京市第二中级人民法院, 东莞市第一人民法院.
const ORDINAL = '(?:第[一二三四五六七八九十]{1,2})?';
const COURT = new RegExp(
  `^${LIST}${ORDINAL}${SPECIAL}(?:(高级人民法院|高级法院|高院)|(中级人民法院|中级法院|中院)|(人民法院|法院|互联网法院|金融法院|海事法院|知识产权法院)|(人民法庭|法庭))`,
);

/** Characters a court suffix can start with, to skip the pattern everywhere else. */
const FIRST = new Set('等两三第铁林农矿高中人法互金海知');

/** The court suffix starting at `at` (`人民法院`, `中院`, `法庭`, `铁路运输中级法院`, `第一人民法院`, `等法院`), or null. */
export function courtSuffixAt(text: string, at: number): CourtSuffix | null {
  if (!FIRST.has(text[at] ?? '')) return null;
  const match = COURT.exec(text.slice(at, at + 16));
  if (!match) return null;
  const kind: CourtKind = match[2] ? 'high' : match[3] ? 'intermediate' : match[4] ? 'basic' : 'tribunal';
  return { kind, length: match[0].length, list: match[1] !== undefined };
}

/** True when the text between two places joins them into one list (`集宁区、丰镇市`). */
export function isListSeparator(between: string, list: boolean): boolean {
  return between === '、' || (list && /^[和及与]$/.test(between));
}

/** What may stand between a place and its court's suffix: a zone the gazetteer lacks, or 各级/基层. */
const FILLER = /^(?:[\u3400-\u9fff]{1,5}[区港]|各级|基层)/;

/**
 * A court suffix after a short filler that names a zone the gazetteer lacks (`深圳` + `前海合作区` +
 * `人民法院`, `成都` + `天府新区人民法院`, `包头市` + `各级法院`), ending before `stopAt`; or null.
 */
export function courtAfterFiller(text: string, at: number, stopAt: number): CourtSuffix | null {
  const filler = FILLER.exec(text.slice(at, Math.min(stopAt, at + 6)));
  if (!filler) return null;
  for (let length = filler[0].length; length >= 2; length--) {
    const suffix = courtSuffixAt(text, at + length);
    if (suffix && FILLER.test(text.slice(at, at + length))) return { kind: suffix.kind, length: length + suffix.length, list: false };
  }
  return null;
}
