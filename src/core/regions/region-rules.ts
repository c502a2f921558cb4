import { Lexicon } from './lexicon.js';

/** The hand-made rule lists of `src/data/regions/rules.json` (see its README). */
export interface RegionRulesData {
  /** Words and idioms that contain a place name without naming a place (`北京时间`, `金山银山`). */
  notPlaces: string[];
  /** Short forms that are also ordinary words (`江山`, `青山`): they count only with support in the text. */
  commonWords: string[];
  /**
   * Short forms that also say "the whole …" (`全州`: the whole prefecture; `全州法院`, its courts):
   * weak like `commonWords`, but a court or organ word after them does not support them.
   */
  wholeWords: string[];
  /** Official names that are generic words (`城区`, `郊区`, `矿区`): they count only right after their city. */
  needsParent: string[];
  /** Common single-character surnames, as one string. */
  surnames: string;
  /** Two-character surnames that are also places' short forms (`南宫`, `东方`): `南宫某` is a person. */
  compoundSurnames: string[];
  /** Words that stand before a person's name (`原告`, `主席`, `牧民`). */
  personTitles: string[];
  /** First characters that continue a place rather than a person's name (`法`院, `人`民, `市`). */
  placeFollowers: string;
  /** Words before a place that say someone goes to, comes from or lives in it (`赶赴`, `来自`). */
  motionWords: string[];
  /** Words after a place that make it one (`法院`, `人民政府`, `籍`). */
  organFollowers: string[];
  /** Two-character words starting with a suffix character (`市场`, `县城`): after a stem they are not its suffix. */
  suffixWords: string[];
  /** Words after a bare place that make it a street's name (`北京路`, `延安大街`). */
  streetWords: string[];
  /** Words starting like a street word that are not one (`路上`, `街头`). */
  notStreetWords: string[];
  /** Words after a place that name a spot on its road (`湖南路上`, `北京路口`) unless a word of going precedes the place (`回湖南路上`: on the way). */
  journeyStreetWords: string[];
  /** Words of going before a place (`去`, `回`, `赶往`): the way there, not a road named after it. */
  journeyWords: string[];
  /** Characters that may stand between a place and its street word (`南京西路`, `北京东路`), as one string. */
  streetDirections: string;
  /** Words after a bare place form that make it the name of a mountain, river, lake or landscape (`玉龙雪山`, `鄱阳湖`, `秦淮河`). */
  landformHeads: string[];
  /** Words after a form ending in 山, 江, 河 or 湖 that speak of the feature, keyed by that character (`峨眉山` + `半山腰`, `黑龙江` + `江面`). */
  landformParts: Record<string, string[]>;
  /** Words before a form ending in 山 that make it the mountain climbed (`登黄山`, `攀登泰山`). */
  climbWords: string[];
  /** Words ending like a climb word that are not one (`刊登黄山某旅行社的广告`). */
  notClimbWords: string[];
  /** Last characters of landforms whose sides are read (`太湖南岸`, `洱海西岸`), as one string. */
  sideLandformEnds: string;
  /** Words saying which side of a landform (`南岸`, `东麓`): after a landform's last character they make no place of it (太湖南岸 holds no 湖南). */
  sideWords: string[];
  /** Words after a bare place form naming a dish, drink, product or clock after it (`兰州牛肉面`, `青岛啤酒`, `新疆时间`). */
  productWords: string[];
  /** Words starting like one of those that leave the place a place (`山区`, `湖泊`, `边境`). */
  notFeatureWords: string[];
  /** Endings of company, law-firm, bank, university and newspaper names (`有限公司`, `律师事务所`, `分行`, `大学`, `日报`). */
  organizationSuffixes: string[];
  /** Endings of a company's registered name (`有限公司`, `集团`, `厂`): after a product, they make the place the company's (`青岛啤酒股份有限公司`). */
  companySuffixes: string[];
  /** Characters that end the stretch of text a company name can span. */
  organizationBreaks: string;
  /** Words that end that stretch (`一家`, `法院`, and a place's own parts: `某村`, `一处`). */
  organizationBreakWords: string[];
  /** Words that begin with an organisation ending without being one (`厂房`, `大学生`). */
  notOrganizationWords: string[];
  /** Institutions' endings that, right after a bare county form, show the place is meant (`敦煌研究院`); not hospitals, often named after a road (`瑞金医院`). */
  institutionEndings: string[];
  /** Verbs of acting jointly that are also township stems (`联合`, `会同`): after a body's name they are the verb (`法庭联合镇司法所`). */
  jointVerbs: string[];
  /** Last characters of the name of a body that acts (`院`, `庭`, `所`, `局`), as one string. */
  actorEndings: string;
  /**
   * Prepositions and verbs that, fused with a place's first character, make another place's short
   * form (`从` + 江西省 reads 从江, `于` + 都匀市 reads 于都), as one string.
   */
  fusedPrepositions: string;
}

/** The rule lists, ready for lookup. */
export interface RegionRules {
  /** `notPlaces` as a longest-match dictionary. */
  notPlaces: Lexicon<true>;
  /** See {@link RegionRulesData.commonWords}. */
  commonWords: ReadonlySet<string>;
  /** See {@link RegionRulesData.wholeWords}. */
  wholeWords: ReadonlySet<string>;
  /** See {@link RegionRulesData.needsParent}. */
  needsParent: ReadonlySet<string>;
  /** See {@link RegionRulesData.surnames}. */
  surnames: ReadonlySet<string>;
  /** See {@link RegionRulesData.compoundSurnames}. */
  compoundSurnames: ReadonlySet<string>;
  /** See {@link RegionRulesData.personTitles}. */
  personTitles: readonly string[];
  /** See {@link RegionRulesData.placeFollowers}. */
  placeFollowers: ReadonlySet<string>;
  /** See {@link RegionRulesData.motionWords}. */
  motionWords: readonly string[];
  /** See {@link RegionRulesData.organFollowers}. */
  organFollowers: readonly string[];
  /** See {@link RegionRulesData.suffixWords}. */
  suffixWords: ReadonlySet<string>;
  /** See {@link RegionRulesData.streetWords}. */
  streetWords: readonly string[];
  /** See {@link RegionRulesData.notStreetWords}. */
  notStreetWords: readonly string[];
  /** See {@link RegionRulesData.journeyStreetWords}. */
  journeyStreetWords: readonly string[];
  /** See {@link RegionRulesData.journeyWords}. */
  journeyWords: readonly string[];
  /** See {@link RegionRulesData.streetDirections}. */
  streetDirections: ReadonlySet<string>;
  /** See {@link RegionRulesData.landformHeads}. */
  landformHeads: readonly string[];
  /** See {@link RegionRulesData.landformParts}. */
  landformParts: ReadonlyMap<string, readonly string[]>;
  /** See {@link RegionRulesData.climbWords}. */
  climbWords: readonly string[];
  /** See {@link RegionRulesData.notClimbWords}. */
  notClimbWords: readonly string[];
  /** {@link RegionRulesData.sideLandformEnds} as code units, for a test at every character. */
  landformEnds: ReadonlySet<number>;
  /** See {@link RegionRulesData.sideWords}. */
  sideWords: readonly string[];
  /** See {@link RegionRulesData.productWords}. */
  productWords: readonly string[];
  /** See {@link RegionRulesData.notFeatureWords}. */
  notFeatureWords: readonly string[];
  /** `landformHeads`, `productWords` and `notFeatureWords` together, by first character, for lookup after every place found. */
  featureWords: ReadonlyMap<string, readonly string[]>;
  /** See {@link RegionRulesData.organizationSuffixes}, longest first. */
  organizationSuffixes: readonly string[];
  /** See {@link RegionRulesData.companySuffixes}. */
  companySuffixes: readonly string[];
  /** See {@link RegionRulesData.organizationBreaks}. */
  organizationBreaks: ReadonlySet<string>;
  /** See {@link RegionRulesData.organizationBreakWords}. */
  organizationBreakWords: readonly string[];
  /** See {@link RegionRulesData.notOrganizationWords}. */
  notOrganizationWords: readonly string[];
  /** See {@link RegionRulesData.institutionEndings}. */
  institutionEndings: readonly string[];
  /** See {@link RegionRulesData.jointVerbs}. */
  jointVerbs: ReadonlySet<string>;
  /** See {@link RegionRulesData.actorEndings}. */
  actorEndings: ReadonlySet<string>;
  /** See {@link RegionRulesData.fusedPrepositions}. */
  fusedPrepositions: ReadonlySet<string>;
}

function byFirstCharacter(words: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const word of words) map.set(word.charAt(0), [...(map.get(word.charAt(0)) ?? []), word]);
  return map;
}

/** Compiles the rule lists. */
export function compileRules(data: RegionRulesData): RegionRules {
  const notPlaces = new Lexicon<true>();
  for (const word of data.notPlaces) notPlaces.add(word, true);
  return {
    notPlaces,
    commonWords: new Set(data.commonWords),
    wholeWords: new Set(data.wholeWords),
    needsParent: new Set(data.needsParent),
    surnames: new Set(data.surnames),
    compoundSurnames: new Set(data.compoundSurnames),
    personTitles: data.personTitles,
    placeFollowers: new Set(data.placeFollowers),
    motionWords: data.motionWords,
    organFollowers: data.organFollowers,
    suffixWords: new Set(data.suffixWords),
    streetWords: data.streetWords,
    notStreetWords: data.notStreetWords,
    journeyStreetWords: data.journeyStreetWords,
    journeyWords: data.journeyWords,
    streetDirections: new Set(data.streetDirections),
    landformHeads: data.landformHeads,
    landformParts: new Map(Object.entries(data.landformParts)),
    climbWords: data.climbWords,
    notClimbWords: data.notClimbWords,
    landformEnds: new Set([...data.sideLandformEnds].map((ch) => ch.charCodeAt(0))),
    sideWords: data.sideWords,
    productWords: data.productWords,
    notFeatureWords: data.notFeatureWords,
    featureWords: byFirstCharacter([...data.landformHeads, ...data.productWords, ...data.notFeatureWords]),
    organizationSuffixes: [...data.organizationSuffixes].sort((a, b) => b.length - a.length),
    companySuffixes: data.companySuffixes,
    organizationBreaks: new Set(data.organizationBreaks),
    organizationBreakWords: data.organizationBreakWords,
    notOrganizationWords: data.notOrganizationWords,
    institutionEndings: data.institutionEndings,
    jointVerbs: new Set(data.jointVerbs),
    actorEndings: new Set(data.actorEndings),
    fusedPrepositions: new Set(data.fusedPrepositions),
  };
}
