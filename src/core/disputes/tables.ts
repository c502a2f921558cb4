import type { DisputeFamily } from './taxonomy.js';

/** One cause of a civil cause file (`civil-<edition>.json`). */
export interface CivilCauseRecord {
  /** Id built from the document's numbers (`2025-4-10-88-3`). */
  id: string;
  /** 1 (part) to 4. */
  level: number;
  /** Official name. */
  name: string;
  /** Parent id, null at level 1. */
  parent: string | null;
}

/** A civil cause file: one edition of 民事案件案由规定. */
export interface CivilCauseFile {
  /** Edition (`2025`). */
  edition: string;
  /** Causes, parents first. */
  causes: CivilCauseRecord[];
}

/** One charge of `charges.json`. */
export interface ChargeRecord {
  /** Charge name with 罪. */
  name: string;
  /** Title of its 刑法分则 chapter (`侵犯财产罪`). */
  chapter: string;
  /** Chapter number as written (`第五章`). */
  chapter_no: string;
  /** Whether the name is in force. */
  status: 'current' | 'renamed' | 'abolished';
  /** For renamed and abolished names: the charges in force today that took their place. */
  current_equivalent?: string[] | null;
}

/** The criminal charge file. */
export interface ChargeFile {
  /** Date the list is current to (`2024-01-30`). */
  as_of: string;
  /** Every charge name ever determined. */
  charges: ChargeRecord[];
}

/** A row of `enforcement.tsv` / `administrative.tsv`. */
export interface KindRow {
  /** Id (`enf-5`). */
  id: string;
  /** Kind name (`终结本次执行程序`). */
  name: string;
  /** Surface forms that name a case of the kind (`终本案件`). */
  forms: string[];
}

/** An informal name and the official name it stands for. */
export interface AliasRow {
  /** Name as written in court news. */
  alias: string;
  /** Official name. */
  official: string;
}

/** An umbrella word that names no single case type. */
export interface GenericRow {
  /** Words as written (`矛盾纠纷`). */
  surface: string;
  /** Family the word belongs to. */
  family: DisputeFamily;
  /** A kind name of that family when one fits (`行政案件`), else null for "(none)". */
  cause: string | null;
}

/** A rule mapping an unlisted …纠纷 phrase to an official cause. */
export interface UnlistedRule {
  /** Regular expression source matched against the end of the phrase. */
  pattern: string;
  /** Official civil cause name. */
  cause: string;
}

/** A rewrite of a phrase's ending before looking up official names. */
export interface UnlistedRewrite {
  /** Ending replaced (`协议纠纷`). */
  from: string;
  /** Replacement (`合同纠纷`). */
  to: string;
}

/** Where a verb-suit pattern counts. */
export type VerbSuitContext = 'any' | 'suit' | 'enforcement';

/** A suit or application named by its verb (`起诉离婚`, `申请强制执行`). */
export interface VerbSuitRow {
  /** Regular expression source. */
  pattern: string;
  /** Family of the cause. */
  family: DisputeFamily;
  /** Official name of the cause or kind. */
  cause: string;
  /** Where it counts. */
  context: VerbSuitContext;
}

/** Words that tell who lent in a loan case whose words name only a loan (`要求归还借款`). */
export interface LenderWords {
  /** The cause the words give (借款合同纠纷). */
  cause: string;
  /** Phrasings refined (a suit or a cause clause: a case with parties, not a type in statistics). */
  vias: string[];
  /** Words naming a bank or other financial institution. */
  banks: string[];
  /** Cause when one stands in the paragraph (金融借款合同纠纷). */
  bankCause: string;
  /** Other lending businesses (小额贷款公司, 典当行): the cause stays as the words give it. */
  otherLenders: string[];
  /** Marks of private parties (某 in 王某, 某公司). */
  privateMarks: string[];
  /** Cause when only private parties stand in the paragraph (民间借贷纠纷). */
  privateCause: string;
}

/** Word lists for reading court-news phrasing (`src/data/disputes/phrasing.json`). */
export interface PhrasingTables {
  /** Head words of dispute phrases (`纠纷`, `争议`). */
  heads: string[];
  /** Heads an unlisted phrase may end in (`纠纷`; `…争议` counts only as a name or by a rule). */
  unlistedHeads: string[];
  /** Everyday heads read as the formal one (`官司` as `纠纷`); they name a cause but are never reported unlisted. */
  informalHeads: [string, string][];
  /** Words after a head that make it no dispute phrase (`争议焦点`). */
  notHeadWhenFollowedBy: string[];
  /** Words between a type and its head that say "a batch of" (`物业费系列纠纷`): skipped. */
  seriesWords: string[];
  /** Words before a phrase that make it an umbrella unless the phrase is a name (`涉旅游纠纷`). */
  umbrellaPrefixes: string[];
  /** Words that begin with an umbrella prefix but are verbs (`涉案`): one character after the prefix is no trade there. */
  umbrellaVerbs: string[];
  /** Last words that make words naming no cause a legal relation (`店铺转让`, `保健品销售`), not a trade. */
  relationEndings: string[];
  /** Words that end the left context of an unlisted phrase (function words, verbs, quantifiers). */
  boundaryWords: string[];
  /** Longest unlisted phrase reported, head excluded. */
  maxPhraseChars: number;
  /** Endings of organisation names (`人民调解委员会`, `诉裁调解工作室`). */
  organizationSuffixes: string[];
  /** Suit verbs (`起诉`, `诉至`). */
  suitTriggers: string[];
  /** Words that make a sentence about a suit although no suit verb stands in it (`原告`, `请求判令`). */
  suitContextWords: string[];
  /** Claim verbs of a suit (`要求`, `追索`); `{claim}` in `verb-suits.tsv` stands for them. */
  claimVerbs: string[];
  /** Words between a claim verb and what is claimed (`判令`, `被告`). */
  claimFillers: string[];
  /** Causes of suits whose later claims in the same sentence are claims inside them (`起诉离婚，并要求返还彩礼`). */
  enclosingSuits: string[];
  /** Who lent, for a loan suit or loan clause: it decides between 民间借贷 and 金融借款. */
  lenders: LenderWords;
  /** Shortest stem read as the object of a suit or claim verb (`起诉追索劳动报酬`). */
  minClaimStemChars: number;
  /** Verbs of paying a claimed sum (`支付`, `返还`). */
  paymentVerbs: string[];
  /** Words between a payment verb and what is paid for (`拖欠的`). */
  paymentModifiers: string[];
  /** Endings of a sum named by what it pays for (`运输费`, `货款`). */
  paymentEndings: string[];
  /** Case nouns (`案件`, `案`). */
  caseNouns: string[];
  /** Case nouns that name a crime (`犯罪案件`, `犯罪`): only a criminal stem before them counts. */
  criminalCaseNouns: string[];
  /** Characters after a one-character case noun that make another word (`案由`, `案款`). */
  notCaseNounWhenFollowedBy: string[];
  /**
   * Suits joined to a criminal case (`刑事附带民事公益诉讼`): after a criminal stem they say it is a
   * charge, but they are no part of its span, and the words in them are read on their own.
   */
  joinedSuitNouns: string[];
  /** Words after a criminal case noun that make another word (`犯罪所得`). */
  notCriminalNounWhenFollowedBy: string[];
  /** Words between a stem and its case noun (`等`, `类`). */
  caseNounFillers: string[];
  /** List separators (`、`). */
  listSeparators: string[];
  /** Words joining the last two list items (`和`, `及`). */
  listJoiners: string[];
  /** Words after a list's last item that close the list (`等`, `类`). */
  listFillers: string[];
  /** Case heads after a list (`纠纷`, `案件`, `犯罪`): the items are case types. */
  listCaseHeads: string[];
  /** Han characters allowed between a list's filler and its case head (等常见纠纷, 等传统民事纠纷). */
  maxListHeadGap: number;
  /** Words after a list's filler that say its items are types (`等多种类型`). */
  listTypeWords: string[];
  /** `因X发生纠纷` phrasing. */
  causeClause: {
    /** Verbs before the head (`发生`, `产生`, `引发`). */
    verbs: string[];
    /** Words joining X to the other party (`因X与Y发生纠纷`). */
    partyJoiners: string[];
    /** Words at the end of X that carry no meaning (`问题`, `事宜`). */
    fillers: string[];
    /** Longest X-plus-party run read. */
    maxChars: number;
    /** Opening words (`因`, `由于`). */
    openers: string[];
    /** Heads after the verb (`纠纷`, `矛盾`). */
    heads: string[];
    /** Words that stand for verb and head at once: X was the cause of a suit (`因X对簿公堂`). */
    suitHeads: string[];
    /** Characters X must have before its relation ending. */
    minObjectChars: number;
  };
  /** Brackets of document titles (《…》): words inside name a document, not a case. */
  titleBrackets: [string, string][];
}

/** Every table the dispute classifier is built from, as read from `src/data`. */
export interface DisputeTables {
  /** Civil causes of the chosen edition. */
  civil: CivilCauseFile;
  /** Criminal charges. */
  charges: ChargeFile;
  /** Civil aliases for the chosen edition. */
  causeAliases: AliasRow[];
  /** Short charge names. */
  chargeAliases: AliasRow[];
  /** Enforcement kinds. */
  enforcement: KindRow[];
  /** Administrative kinds. */
  administrative: KindRow[];
  /** Umbrella words. */
  generic: GenericRow[];
  /** Unlisted-phrase rules. */
  unlistedRules: UnlistedRule[];
  /** Unlisted-phrase rewrites. */
  unlistedRewrites: UnlistedRewrite[];
  /** Verb-suit patterns. */
  verbSuits: VerbSuitRow[];
  /** Phrasing word lists. */
  phrasing: PhrasingTables;
}
