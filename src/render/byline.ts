import type { Article } from '../parse/article.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Words a minute a news reader reads. */
const WORDS_PER_MINUTE = 230;

/** "2023-10-01" as "1 October 2023"; any other text as given. */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : date;
}

/** Minutes to read a number of words: 0 for none, else at least 1. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Reading time as shown: `0 min` for no words, `<1 min` under a minute's reading, else the minutes. */
export function readingTime(words: number): string {
  if (words === 0) return '0 min';
  return words < WORDS_PER_MINUTE ? '<1 min' : `${readingMinutes(words)} min`;
}

/**
 * The byline: date, dateline and author, then (with `stats`) word count and reading time,
 * joined by middle dots.
 */
export function byline(article: Article, { stats }: { stats: boolean }): string {
  const { date, dateline, author } = article.meta;
  return [
    date && formatDate(date),
    dateline,
    author && `by ${author}`,
    stats && `${article.words} ${article.words === 1 ? 'word' : 'words'}`,
    stats && `${readingTime(article.words)} read`,
  ]
    .filter(Boolean)
    .join(' · ');
}
