import { courtSuffixAt, listedBeforeCourt } from './court-names.js';
import { crossedByFullName } from './crossing-names.js';
import { featureEnd, landformSideEnd } from './feature-names.js';
import { isFreeEntry, type FormEntry } from './place-index.js';
import type { RegionData } from './region-data.js';
import { hasSuffix, WRONG_SUFFIX_CHARS } from './suffixes.js';

/** A place name found in a text, before roles and guards. */
export interface PlaceToken {
  /** Offset in the scanned text. */
  start: number;
  /** Offset just past it. */
  end: number;
  /** The text it covers. */
  text: string;
  /** Units it may name, one entry per code (the best-ranked way of naming it). */
  entries: FormEntry[];
  /** True for a stem plus a suffix that makes no unit (`中宁市`): reported unresolved, `entries` being what the stem names. */
  wrongSuffix: boolean;
  /** True for a town's stem read only because the dateline names the town so (`博鳌讯` … `博鳌`): it counts only in a name and if it resolves. */
  echo?: boolean;
}

/** Options of {@link findPlaces}. */
export interface FindOptions {
  /** True for a dateline: bare town and unit stems count everywhere (`科布尔`, `兴安`). */
  dateline?: boolean;
  /**
   * Towns the article's dateline names by their stem, by that stem (`博鳌` → 博鳌镇's code): the
   * body may name them the same way (`博鳌讯` … `博鳌亚洲论坛`).
   */
  datelineStems?: ReadonlyMap<string, ReadonlySet<string>>;
}

function bestPerCode(entries: readonly FormEntry[]): FormEntry[] {
  const best = new Map<string, FormEntry>();
  for (const entry of entries) {
    const known = best.get(entry.code);
    if (!known || entry.rank < known.rank) best.set(entry.code, entry);
  }
  return [...best.values()];
}

/** Characters after which a bare stem may begin a tribunal's name: a court's end (`人民法院舍伯吐法庭`) or a joining word. */
const BEFORE_STEM = new Set('院庭的与和及在由向对将把被从至到、');
/** A date ends right before: `2025年三江法院`, `今年大石头法庭`, `3月城关法庭`. */
const DATE_BEFORE = /(?:[\d〇零一二三四五六七八九十今去前明近当本]年|[\d一二三四五六七八九十本上下]月|\d日)$/;

/**
 * True when a stem read before a court suffix can start here, rather than end a longer name the
 * gazetteer lacks (`天府新区人民法院` is no 新区街道's court).
 */
function stemMayStart(text: string, at: number, previousEnd: number): boolean {
  const before = text[at - 1];
  return before === undefined || at === previousEnd || !/[\u3400-\u9fff]/.test(before) || BEFORE_STEM.has(before) || DATE_BEFORE.test(text.slice(Math.max(0, at - 2), at));
}

const NO_STEMS: ReadonlyMap<string, ReadonlySet<string>> = new Map();

/** {@link usable}'s answers per index entry list: the same few forms come up on every page. */
const USABLE = new WeakMap<readonly FormEntry[], { free: FormEntry[]; all: FormEntry[] }>();

/**
 * The entries a form may use where it stands: official names and short forms anywhere; stems
 * (`舍伯吐` for 舍伯吐镇, `兴安` for 兴安盟) only in a dateline or right before a court suffix
 * (`舍伯吐法庭`), where text drops the suffix.
 */
function usable(entries: readonly FormEntry[], gated: () => boolean): FormEntry[] {
  let known = USABLE.get(entries);
  if (!known) {
    known = { free: bestPerCode(entries.filter(isFreeEntry)), all: bestPerCode(entries) };
    USABLE.set(entries, known);
  }
  // Most forms are names or stems only: the gate is asked only where it makes a difference.
  if (known.free.length === known.all.length) return known.all;
  return gated() ? known.all : known.free;
}

/**
 * Finds place names by longest match, left to right. A word that only contains a place name
 * (`北京时间`, `金山银山`) is skipped whole when it is at least as long as the place found there,
 * and so is a longer name a bare place form heads (`玉龙雪山`, `黑龙江江面`, `兰州牛肉面`).
 * A bare county or city form followed by a suffix that makes no unit (`中宁` + `市`) becomes one
 * token marked `wrongSuffix`, so it is reported rather than read as the county.
 */
export function findPlaces(text: string, data: RegionData, options: FindOptions = {}): PlaceToken[] {
  const { gazetteer, index, rules } = data;
  const stems = options.datelineStems ?? NO_STEMS;
  const tokens: PlaceToken[] = [];
  let at = 0;
  while (at < text.length) {
    // A court word is never a place, though 人民 and 中 begin town names (人民街道): skip it whole.
    // A list ending's description may name a place (`等新疆口岸法院`): skip only its 等 then.
    const court = courtSuffixAt(text, at);
    if (court) {
      at += court.list ? 1 : court.length;
      continue;
    }
    const side = landformSideEnd(text, at, data);
    if (side !== null) {
      at = side;
      continue;
    }
    const blocker = rules.notPlaces.matchesAt(text, at)[0];
    let found: { form: string; entries: FormEntry[]; echo: boolean } | null = null;
    const previousEnd = tokens[tokens.length - 1]?.end ?? -1;
    for (const match of index.matchesAt(text, at)) {
      const after = at + match.form.length;
      // A stem counts where text drops suffixes: in a dateline, and in a court's name, alone
      // (`舍伯吐法庭`) or listed with others sharing the court word (`依托古陶、洪善3个人民法庭`;
      // the list's 、 shows where its first name starts, whatever stands before it).
      const gated = (): boolean =>
        options.dateline === true || (courtSuffixAt(text, after) !== null && stemMayStart(text, at, previousEnd)) || listedBeforeCourt(text, after);
      const stemOf = stems.size > 0 ? stems.get(match.form) : undefined;
      const entries = stemOf
        ? bestPerCode(match.values.filter((entry) => isFreeEntry(entry) || (entry.kind === 'town-stem' && stemOf.has(entry.code))))
        : usable(match.values, gated);
      if (entries.length > 0) {
        found = { form: match.form, entries, echo: stemOf !== undefined && !entries.some(isFreeEntry) };
        break;
      }
    }
    if (blocker && (!found || blocker.form.length >= found.form.length)) {
      at += blocker.form.length;
      continue;
    }
    if (!found || crossedByFullName(text, at, found.form, found.entries, data)) {
      at++;
      continue;
    }
    let end = at + found.form.length;
    // 玉龙雪山, 黑龙江江面, 兰州牛肉面: the place heads the name of something else. Skip it whole,
    // so that no place inside it is read either (贺兰山东麓 holds 山东).
    const feature = featureEnd(text, at, end, found.entries, data);
    if (feature !== null) {
      at = feature;
      continue;
    }
    const next = text[end] ?? '';
    const suffixed = next !== '' && !hasSuffix(found.form) && WRONG_SUFFIX_CHARS.includes(next) && !rules.suffixWords.has(text.slice(end, end + 2));
    // The suffix a unit's official name ends with is right: 梅里斯 + 区 is 梅里斯达斡尔族区 written
    // short, 广西 + 区 the autonomous region. Another on a city or county form is wrong (中宁市).
    const rightSuffix = suffixed && found.entries.some((entry) => gazetteer.unit(entry.code).name.endsWith(next));
    const wrongSuffix =
      suffixed && !rightSuffix && found.entries.every((entry) => gazetteer.unit(entry.code).level === 'city' || gazetteer.unit(entry.code).level === 'county');
    if (rightSuffix || wrongSuffix) end++;
    const entries = rightSuffix ? found.entries.filter((entry) => gazetteer.unit(entry.code).name.endsWith(next)) : found.entries;
    tokens.push({ start: at, end, text: text.slice(at, end), entries, wrongSuffix, ...(found.echo ? { echo: true } : {}) });
    at = end;
  }
  return tokens;
}
