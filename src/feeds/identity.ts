// When two feed items are the same story: the same GUID, or the same link once the parameters
// that only track the reader (utm_*, fbclid…) and the fragment are taken off.

/** Query parameters that say where a reader came from, not what they read. */
const TRACKING = /^(?:utm_[a-z_]*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|ref_src|cmpid|ncid|ito|at_medium|at_campaign|smid|sr_share)$/i;

/** A story's address as kara-news compares it: no tracking parameters, no fragment, the host in lower case. */
export function canonicalLink(link: string): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return link.trim();
  }
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) if (TRACKING.test(name)) url.searchParams.delete(name);
  if ([...url.searchParams.keys()].length === 0) url.search = '';
  return url.href;
}

/**
 * The keys a feed item is known by: its GUID, then its link. A GUID that is a bare number or a
 * short word ("42") is unique only within its feed, so it is keyed with the feed's address.
 */
export function storyKeys(guid: string | null, link: string | null, feed: string): string[] {
  const keys: string[] = [];
  const id = guid?.trim();
  if (id) keys.push(/[:/.@]/.test(id) || id.length >= 16 ? `guid:${id}` : `guid:${feed}#${id}`);
  if (link) keys.push(`link:${canonicalLink(link)}`);
  return keys;
}
