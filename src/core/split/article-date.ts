/** A date read from a file name: year and month always, day when given. */
export interface FileDate {
  /** Four-digit year. */
  year: number;
  /** Month 1-12. */
  month: number;
  /** Day of month, or null when the name gives only year and month. */
  day: number | null;
}

const SEPARATED = /(?:^|[^\d])((?:19|20)\d{2})[-_.年](0?[1-9]|1[0-2])[-_.月](0?[1-9]|[12]\d|3[01])(?!\d)/;
const COMPACT = /(?:^|[^\d])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/;
const MONTH = /(?:^|[^\d])((?:19|20)\d{2})[-_.年](0?[1-9]|1[0-2])(?!\d)/;

/** Reads `2023-12-08`, `20231208`, `2023年12月8日` or `2023-12` from a file path. */
export function dateFromPath(path: string): FileDate | null {
  const name = path.split('/').pop() ?? path;
  for (const candidate of [name, path]) {
    const full = SEPARATED.exec(candidate) ?? COMPACT.exec(candidate);
    if (full) return { year: Number(full[1]), month: Number(full[2]), day: Number(full[3]) };
    const month = MONTH.exec(candidate);
    if (month) return { year: Number(month[1]), month: Number(month[2]), day: null };
  }
  return null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * An article's date: the dateline's month and day with the year from the file name (a December
 * dateline in a January file belongs to the year before), else the file name's date, else null.
 */
export function articleDate(fileDate: FileDate | null, month: number | null, day: number | null): string | null {
  if (month !== null && day !== null && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
    if (!fileDate) return null;
    const year = month > fileDate.month + 1 ? fileDate.year - 1 : fileDate.year;
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  if (!fileDate) return null;
  return fileDate.day === null ? `${fileDate.year}-${pad(fileDate.month)}` : `${fileDate.year}-${pad(fileDate.month)}-${pad(fileDate.day)}`;
}
