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
  /**
   * The level a tribunal named right after this court sits at: a town for a people's court
   * (`科左中旗人民法院舍伯吐法庭`), a city for a maritime court, whose tribunals are named after the
   * port cities they sit in (`青岛海事法院烟台法庭`).
   */
  tribunals: CourtKind;
}

// A list of places may close with 等 and a short description before the court word:
// 集宁区、丰镇市等法院, 霍尔果斯、阿拉山口等口岸所在地法院, 包头、鄂尔多斯等七个盟市法院.
// The description stops at words that start a clause of its own (的, 与, 在 …), so
// `北京、河北等地的群众到法院` is not a list of courts.
// A count may close it instead (古陶、洪善、宁固3个人民法庭, 城关、东城两个法庭).
const LIST_WORDS = ['两地', '三地', '两级', '三级'];
const COUNT = '[0-9一二三四五六七八九十两]{1,2}个';
const LIST = `(等(?:所在地|[^\\s、，。；：！？“”"（）()《》的与和及同跟向对将把被让给到至在于是])*?|${LIST_WORDS.join('|')}|${COUNT})?`;
// Cities with several courts of one level number them: 北京市第二中级人民法院, 东莞市第一人民法院,
// 成都铁路运输第一法院.
const ORDINAL = '(?:第[一二三四五六七八九十]{1,2})?';
// A railway-transport court is named after the city of its railway bureau, whatever its level
// (乌鲁木齐铁路运输法院 sits in 乌鲁木齐市, not 乌鲁木齐县); 林区 and 农垦 courts after the county,
// city or province they serve. (矿区 is left out: it is a district's own name, 阳泉市矿区人民法院.)
const SPECIAL = ['铁路运输', '林区', '农垦'];
const HIGH = ['高级人民法院', '高级法院', '高院'];
// Courts with a jurisdiction of their own (互联网, 金融, 海事, 知识产权 and military courts, and the
// bankruptcy, financial, IP and environmental tribunals of an intermediate court) sit in a city.
const CITY_COURT = ['互联网法院', '金融法院', '海事法院', '知识产权法院', '军事法院', '破产法庭', '金融法庭', '知识产权法庭', '环境资源法庭', '国际商事法庭'];
const INTERMEDIATE = ['中级人民法院', '中级法院', '中院', ...CITY_COURT];
const BASIC = ['人民法院', '法院'];
const TRIBUNAL = ['人民法庭', '巡回法庭', '派出法庭', '法庭'];
const COURT = new RegExp(
  `^${LIST}${ORDINAL}(${SPECIAL.join('|')})?${ORDINAL}(?:(${HIGH.join('|')})|(${INTERMEDIATE.join('|')})|(${BASIC.join('|')})|(${TRIBUNAL.join('|')}))`,
);

/**
 * What the second character may be, by the first, for every way a suffix can begin (any at all
 * after 等 of a list and 第 of an ordinal), as code units: the test runs at every character of
 * every article, so it must make no string and skip the pattern wherever it can.
 */
const OPENINGS = new Map<number, Set<number> | null>([...'等第0123456789一二三四五六七八九十两'].map((ch) => [ch.charCodeAt(0), null]));
for (const word of [...LIST_WORDS, ...SPECIAL, ...HIGH, ...INTERMEDIATE, ...BASIC, ...TRIBUNAL]) {
  const known = OPENINGS.get(word.charCodeAt(0));
  // A count's numeral (两, 三) may go on with any character: keep it open.
  if (known === null) continue;
  const seconds = known ?? new Set<number>();
  seconds.add(word.charCodeAt(1));
  OPENINGS.set(word.charCodeAt(0), seconds);
}

/** The first characters of {@link OPENINGS} as a table by code unit, the cheapest test there is. */
const OPENING_FIRST = new Uint8Array(0x10000);
for (const first of OPENINGS.keys()) OPENING_FIRST[first] = 1;

/** Longest text a court suffix (with a list description) can span. */
const SPAN = 24;

/** The court suffix starting at `at` (`人民法院`, `中院`, `法庭`, `铁路运输中级法院`, `第一人民法院`, `等法院`), or null. */
export function courtSuffixAt(text: string, at: number): CourtSuffix | null {
  const first = text.charCodeAt(at);
  if (OPENING_FIRST[first] !== 1) return null;
  const seconds = OPENINGS.get(first);
  if (seconds !== null && seconds?.has(text.charCodeAt(at + 1)) !== true) return null;
  const match = COURT.exec(text.slice(at, at + SPAN));
  if (!match) return null;
  const railway = match[2] === '铁路运输';
  const kind: CourtKind = match[3] ? 'high' : match[4] || railway ? 'intermediate' : match[5] ? 'basic' : 'tribunal';
  const maritime = match[4]?.startsWith('海事') === true;
  return { kind, length: match[0].length, list: match[1] !== undefined, tribunals: maritime ? 'intermediate' : 'tribunal' };
}

/**
 * The court word a list of bare names shares, straight after its last name: no description
 * between (`等流域设立12个环境资源法庭` names rivers, not courts).
 */
const SHARED_COURT = new RegExp(`^(?:等|${COUNT})?(?:${[...BASIC, ...TRIBUNAL].join('|')})`);

/** Most items a list of names sharing one court word holds, and the longest item. */
const MAX_LIST_ITEMS = 8;
const MAX_LIST_ITEM = 6;

/**
 * True when `text[end]` goes on, after `、`, with short names (`洪善、宁固`) up to a court suffix
 * they share right after the last (`3个人民法庭`, `等法庭`, `法庭`): a name ending at `end` is then the first of a list
 * of courts (`依托古陶、洪善、宁固3个人民法庭`), and may be a town's stem like one right before
 * `法庭`.
 */
export function listedBeforeCourt(text: string, end: number): boolean {
  let at = end;
  for (let items = 0; items < MAX_LIST_ITEMS && text[at] === '、'; items++) {
    const from = at + 1;
    let next = -1;
    for (let length = 1; length <= MAX_LIST_ITEM; length++) {
      const ch = text[from + length - 1] ?? '';
      if (!/[\u3400-\u9fff]/.test(ch)) break;
      if (length >= 2 && SHARED_COURT.test(text.slice(from + length, from + length + 8))) return true;
      if (text[from + length] === '、') next = from + length;
    }
    if (next === -1) return false;
    at = next;
  }
  return false;
}

/** True when the text between two places joins them into one list (`集宁区、丰镇市`). */
export function isListSeparator(between: string, list: boolean): boolean {
  return between === '、' || (list && /^[和及与]$/.test(between));
}

/**
 * What may stand between a place and its court's suffix: a zone the gazetteer lacks (`前海合作区`,
 * `稀土高新技术产业开发区`, `两江新区（自贸区）`), the production corps (`生产建设兵团第八师`), or 各级/基层.
 */
const FILLER = new RegExp(
  '^(?:[\\u3400-\\u9fff]{1,5}[区港](?:（[\\u3400-\\u9fff]{1,6}）)?|[\\u3400-\\u9fff]{0,10}(?:开发区|新区|园区|实验区|示范区|合作区|自贸区|保税区|垦区)|(?:生产建设)?兵团(?:第[一二三四五六七八九十]{1,3}师)?|各级|基层)$',
);

/** The production corps and its division between a province and a court's place (`新疆生产建设兵团第八师石河子垦区人民法院`). */
const CORPS = /^(?:生产建设)?兵团(?:第[一二三四五六七八九十]{1,3}师)?$/;

/** True when the text between two places keeps them in one name, as the corps does in its courts' names. */
export function joinsPlaces(between: string): boolean {
  return between === '' || CORPS.test(between);
}

/** Longest filler tried. */
const MAX_FILLER = 14;

/**
 * A court suffix after a short filler that names a zone the gazetteer lacks (`深圳` + `前海合作区` +
 * `人民法院`, `成都` + `天府新区人民法院`, `新疆` + `生产建设兵团第八师中级人民法院`, `包头市` +
 * `各级法院`), ending before `stopAt`; or null.
 */
export function courtAfterFiller(text: string, at: number, stopAt: number): CourtSuffix | null {
  for (let length = Math.min(MAX_FILLER, stopAt - at); length >= 2; length--) {
    if (!FILLER.test(text.slice(at, at + length))) continue;
    const suffix = courtSuffixAt(text, at + length);
    if (suffix) return { ...suffix, length: length + suffix.length, list: false };
  }
  return null;
}
