/** One dictionary form found in a text. */
export interface LexiconMatch<T> {
  /** The form as stored (and as found). */
  form: string;
  /** Everything stored under the form. */
  values: readonly T[];
}

/** Shortest form stored. */
const KEY = 2;

/**
 * A longest-match dictionary: forms with values, looked up at a position of a text. A lookup
 * costs one probe where no form starts with the text's next two characters; otherwise it extends
 * the candidate one character at a time while it is still the start of some longer form, so it
 * stops as soon as the text leaves the dictionary. Forms shorter than two characters are not
 * stored: a place name never is one.
 */
export class Lexicon<T> {
  private readonly forms = new Map<string, T[]>();
  /** Every proper start of a stored form, two characters or longer. */
  private readonly starts = new Set<string>();
  /** The first two characters of every stored form. */
  private readonly keys = new Set<string>();

  /** Stores `value` under `form` (ignored when `form` is shorter than two characters). */
  add(form: string, value: T): void {
    if (form.length < KEY) return;
    const values = this.forms.get(form);
    if (values) {
      values.push(value);
      return;
    }
    this.forms.set(form, [value]);
    this.keys.add(form.slice(0, KEY));
    for (let length = KEY; length < form.length; length++) this.starts.add(form.slice(0, length));
  }

  /** The values stored under exactly `form` (empty if none). */
  get(form: string): readonly T[] {
    return this.forms.get(form) ?? [];
  }

  /** Every form that starts at `at` in `text`, longest first. */
  matchesAt(text: string, at: number): LexiconMatch<T>[] {
    if (!this.keys.has(text.slice(at, at + KEY))) return [];
    const found: LexiconMatch<T>[] = [];
    for (let end = at + KEY; end <= text.length; end++) {
      const form = text.slice(at, end);
      const values = this.forms.get(form);
      if (values) found.push({ form, values });
      if (!this.starts.has(form)) break;
    }
    return found.reverse();
  }
}
