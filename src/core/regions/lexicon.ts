/** One dictionary form found in a text. */
export interface LexiconMatch<T> {
  /** The form as stored (and as found). */
  form: string;
  /** Everything stored under the form. */
  values: readonly T[];
}

/** Shortest form stored. */
const KEY = 2;

/** The answer where nothing matches, shared: most positions of a text. */
const NONE: readonly never[] = Object.freeze([]);

/** A node of the character trie: the forms ending here, and the characters that go on. */
interface Node<T> {
  values: T[] | null;
  next: Map<number, Node<T>> | null;
}

function node<T>(): Node<T> {
  return { values: null, next: null };
}

/**
 * A longest-match dictionary: forms with values, looked up at a position of a text. Forms are
 * kept in a trie keyed by UTF-16 code unit, so a lookup walks the text from the position only
 * while it is still the start of some form, and builds no string until a form is found: the
 * resolver asks at every character of every article. Forms shorter than two characters are not
 * stored: a place name never is one.
 */
export class Lexicon<T> {
  /** The trie's first level as a table by code unit: most characters of a text start no form. */
  private readonly roots: (Node<T> | undefined)[] = new Array<Node<T> | undefined>(0x10000).fill(undefined);
  private readonly forms = new Map<string, T[]>();

  /** Stores `value` under `form` (ignored when `form` is shorter than two characters). */
  add(form: string, value: T): void {
    if (form.length < KEY) return;
    const known = this.forms.get(form);
    if (known) {
      known.push(value);
      return;
    }
    let at = (this.roots[form.charCodeAt(0)] ??= node());
    for (let i = 1; i < form.length; i++) {
      at.next ??= new Map();
      const code = form.charCodeAt(i);
      let child = at.next.get(code);
      if (!child) {
        child = node();
        at.next.set(code, child);
      }
      at = child;
    }
    at.values = [value];
    this.forms.set(form, at.values);
  }

  /** The values stored under exactly `form` (empty if none). */
  get(form: string): readonly T[] {
    return this.forms.get(form) ?? [];
  }

  /** Every form that starts at `at` in `text`, longest first. */
  matchesAt(text: string, at: number): readonly LexiconMatch<T>[] {
    let found: LexiconMatch<T>[] | null = null;
    let current = this.roots[text.charCodeAt(at)];
    if (current === undefined) return NONE;
    for (let i = at + 1; i < text.length; i++) {
      current = current.next?.get(text.charCodeAt(i));
      if (current === undefined) break;
      if (current.values !== null) (found ??= []).push({ form: text.slice(at, i + 1), values: current.values });
    }
    return found === null ? NONE : found.reverse();
  }
}
