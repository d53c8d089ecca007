/**
 * What of a figure's source reaches the reader: the publisher's name linked to its https page, and
 * notes that say something about the figure. Curation notes (where a row was copied from, a
 * repository path, a commit, a misprint on the copy) stay in the dataset; so does `via`.
 */

export interface PublisherLink {
  name: string;
  href: string;
}

/** Hosts that publish code, wikis or blogs: never a primary publisher. "github.com", "x.blogspot.com". */
const NOT_PUBLISHER_HOSTS = [
  'github.com',
  'github.io',
  'githubusercontent.com',
  'gitlab.com',
  'gitlab.io',
  'bitbucket.org',
  'sourceforge.net',
  'huggingface.co',
  'wikipedia.org',
  'wikimedia.org',
  'fandom.com',
  'blogspot.com',
  'wordpress.com',
  'medium.com',
  'substack.com',
  'tumblr.com',
];

/** Words in a host or its first path step that name a blog or a wiki: "blog.example.com", "/wiki/". */
const NOT_PUBLISHER_WORDS = /(^|[.\-/])(blog|blogs|wiki)([.\-/]|$)/i;

function isNotPublisherHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h.endsWith('.blog')) return true;
  return NOT_PUBLISHER_HOSTS.some((d) => h === d || h.endsWith(`.${d}`));
}

/**
 * The link a card shows for a source: https, and not a code host, wiki or blog.
 * publisherLink({ name: 'U.S. Treasury', url: 'https://ticdata.treasury.gov/…' }) → { name, href };
 * a github.com or http:// address → null.
 */
export function publisherLink(source: { name: string; url: string } | null | undefined): PublisherLink | null {
  if (!source?.url || !source.name) return null;
  let u: URL;
  try {
    u = new URL(source.url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || u.username || u.password) return null;
  if (isNotPublisherHost(u.hostname)) return null;
  const firstStep = u.pathname.split('/')[1] ?? '';
  if (NOT_PUBLISHER_WORDS.test(u.hostname) || NOT_PUBLISHER_WORDS.test(`/${firstStep}/`)) return null;
  return { name: source.name.trim(), href: u.href };
}

/** Marks of a curation note rather than a note about the figure. */
const CURATION_PATTERNS: readonly RegExp[] = [
  /\b[0-9a-f]{7,40}\b/i, // a commit hash: "@ e6ecb47d"
  /(^|\s)@\s/, // "file @ rev"
  /\b[\w.-]+\/[\w.-]+\/[\w./-]*/, // a path of two or more steps: "data/raw/DEXJPUS.csv"
  /\.(csv|json|md|ts|py|txt|xlsx?)\b/i, // a file name
  /\b(misprint|misprints|mirror|scraped|fetched|branch|repository|repo|commit|cache|automation)\b/i,
  /\brows? (after|before|from)\b/i, // "rows after 2025-07-11 from …"
  /\bsee data\b/i,
  /\bthe page\b/i, // remarks about the copy the figure was read from
];

/**
 * Whether a dataset note may be shown to a reader: "first preliminary" yes; "rows after 2025-07-11
 * from …/DEXJPUS.csv @ e6ecb47d" no.
 */
export function isReaderNote(note: string | null | undefined): note is string {
  if (!note?.trim()) return false;
  return !CURATION_PATTERNS.some((re) => re.test(note));
}
