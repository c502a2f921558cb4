/** One dictionary form found in a text. */
export interface LexiconMatch<T> {
  /** The form as stored (and as found). */
  form: string;
  /** Everything stored under the form. */
  values: readonly T[];
}

/**
 * A longest-match dictionary: forms with values, looked up at a position of a text. Forms are
 * bucketed by their first character with the lengths present, so a lookup tries only the lengths
 * some form starting with that character has, longest first (a few map probes per character).
 */
export class Lexicon<T> {
  private readonly forms = new Map<string, T[]>();
  private readonly lengths = new Map<string, number[]>();

  /** Stores `value` under `form`. */
  add(form: string, value: T): void {
    const values = this.forms.get(form);
    if (values) {
      values.push(value);
      return;
    }
    this.forms.set(form, [value]);
    const first = form[0] as string;
    const lengths = this.lengths.get(first) ?? [];
    if (!lengths.includes(form.length)) {
      lengths.push(form.length);
      lengths.sort((a, b) => b - a);
    }
    this.lengths.set(first, lengths);
  }

  /** The values stored under exactly `form` (empty if none). */
  get(form: string): readonly T[] {
    return this.forms.get(form) ?? [];
  }

  /** Every form that starts at `at` in `text`, longest first. */
  matchesAt(text: string, at: number): LexiconMatch<T>[] {
    const lengths = this.lengths.get(text[at] ?? '');
    if (!lengths) return [];
    const found: LexiconMatch<T>[] = [];
    for (const length of lengths) {
      if (at + length > text.length) continue;
      const form = text.slice(at, at + length);
      const values = this.forms.get(form);
      if (values) found.push({ form, values });
    }
    return found;
  }
}
