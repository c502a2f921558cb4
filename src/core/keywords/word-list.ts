/**
 * Parses a word list: one word per line; blank lines and lines starting with `#` are skipped,
 * and surrounding white space (a Windows `\r` included) is trimmed. Words fold full-width
 * letters and digits the way body text does, so `ＡＢ` in a list matches `AB` in an article.
 */
export function parseWordList(text: string, fold: (ch: string) => string): string[] {
  const words: string[] = [];
  for (const line of text.split('\n')) {
    const word = line.trim();
    if (word.length === 0 || word.startsWith('#')) continue;
    words.push([...word].map(fold).join(''));
  }
  return words;
}
