import { isShortForm } from './feature-names.js';
import type { PlaceToken } from './find-places.js';
import { startsOrganization } from './organization.js';
import type { RegionRules } from './region-rules.js';
import { hasSuffix } from './suffixes.js';

const HAN = /[\u3400-\u9fff]$/;
/** Words after which a surname starts a name: `与马德安`, `、张金山`. */
const JOINERS = /[与和及同跟对向被让叫给将把由、]$/;

function endsWithTitle(before: string, rules: RegionRules): boolean {
  return rules.personTitles.some((title) => before.endsWith(title));
}

/**
 * True when a bare place form is a person's given name: after a surname that itself follows a
 * title, a joining word or punctuation (`主席马德安`, `牧民张金山`, `，马德安指出`), or right after a
 * title (`当事人乌兰与其丈夫`) unless a company's name goes on from it (`被告包头钢铁（集团）有限责任
 * 公司`). A form followed by what continues a place (`法院`, `人民`, `市`, `某`) is a place, and forms
 * with a suffix (`德安县`, `达茂旗`) never are names, but a short form ending in 州 may be (`赵德州`).
 * A two-character surname that is a place's short form is a person when 某 follows (`农民南宫某`).
 */
export function isPersonName(text: string, token: PlaceToken, rules: RegionRules): boolean {
  // 州 ends many cities' short forms as a plain character (德州, 广州): those may be given names.
  const suffixed = hasSuffix(token.text) && !(token.text.endsWith('州') && isShortForm(token.text, token.entries));
  if (suffixed || [...token.text].length > 3) return false;
  const next = text[token.end];
  const before = text.slice(Math.max(0, token.start - 8), token.start);
  // 南宫某, 东方某: a two-character surname anonymised, after a title, a joiner or punctuation.
  if (next === '某' && rules.compoundSurnames.has(token.text) && (before === '' || !HAN.test(before) || JOINERS.test(before) || endsWithTitle(before, rules))) return true;
  if (next !== undefined && rules.placeFollowers.has(next)) return false;
  const surname = before.slice(-1);
  if ([...token.text].length === 2 && rules.surnames.has(surname)) {
    const beforeSurname = before.slice(0, -1);
    if (beforeSurname === '' || !HAN.test(beforeSurname) || JOINERS.test(beforeSurname) || endsWithTitle(beforeSurname, rules)) return true;
  }
  return endsWithTitle(before, rules) && !startsOrganization(text, token.end, text.length, rules);
}
