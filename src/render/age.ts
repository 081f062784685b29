/** How long ago a time was, at most four columns: `now`, `5m`, `3h`, `2d`, `3w`, `4mo`, `10y`; empty when unknown. */
export function ageOf(iso: string | null, now: number): string {
  const time = iso === null ? NaN : Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const minutes = Math.floor((now - time) / 60_000);
  if (minutes < 1) return 'now';
  if (minutes < 60) return `${minutes}m`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)}h`;
  const days = Math.floor(minutes / 1440);
  if (days < 14) return `${days}d`;
  if (days < 61) return `${Math.floor(days / 7)}w`;
  if (days < 365) return `${Math.floor(days / 30.44)}mo`;
  return `${Math.floor(days / 365.25)}y`;
}
