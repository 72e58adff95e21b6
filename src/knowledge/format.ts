/**
 * How roles, bands, sources and roadmap areas are named to people, in the
 * words of content/wording/core.yaml (`roles`, `sources`, `areas`).
 */
import type { Content, Role, Source } from '../content/model.js';
import { ROADMAP_AREAS, type RoadmapArea } from '../content/schema.js';
import type { Link } from '../core/messages.js';
import { coreWords } from '../core/words.js';

type Words = Pick<Content, 'wording'>;

/** "Band 4". */
export function bandLabel(content: Words, band: string): string {
  return coreWords(content).roles.band({ band });
}

function bandList(content: Words, bands: readonly string[]): string {
  const w = coreWords(content).roles;
  if (bands.length === 0) return w.noBand;
  if (bands.length === 1) return w.band({ band: bands[0]! });
  return w.bands({ bands: bands.slice(0, -1).join(', '), last: bands[bands.length - 1]! });
}

/** "Band 4", "Band 5 or 6", or "band set locally, often Band 3". */
export function bandText(content: Words, role: Role): string {
  const w = coreWords(content).roles;
  if (role.payFramework === 'very-senior-managers') return w.verySeniorManagers;
  if (role.bandsUnconfirmed) return w.bandLocal;
  if (role.bandVaries) return role.bands.length > 0 ? w.bandLocalOften({ bands: bandList(content, role.bands) }) : w.bandLocal;
  return bandList(content, role.bands);
}

/** A title with a band, unless the title already names one: "Assistant practitioner (Band 4)". */
export function withBand(content: Words, title: string, band: string): string {
  return /\bband\b/i.test(title) ? title : coreWords(content).roles.withBand({ title, band });
}

/** A role's title with its band, e.g. "Assistant practitioner (Band 4)". */
export function roleWithBand(content: Words, role: Role): string {
  return withBand(content, role.title, bandText(content, role));
}

/** Each address's key, worked out once: parsing an address is most of the cost of listing a route's sources. */
const pageKeys = new Map<string, string>();

/**
 * A key that is the same for two addresses of one page: no scheme, no "www.",
 * the host in lower case, no fragment and no trailing slash.
 */
export function pageKey(url: string): string {
  let key = pageKeys.get(url);
  if (key === undefined) {
    key = readPageKey(url);
    // The addresses are the content's: a few hundred. The limit only guards against a leak.
    if (pageKeys.size >= 10_000) pageKeys.clear();
    pageKeys.set(url, key);
  }
  return key;
}

function readPageKey(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    const path = u.pathname.replace(/\/+$/, '');
    return `${host}${path}${u.search}`;
  } catch {
    return url.trim().toLowerCase();
  }
}

function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** The last part of a page's address in words: ".../become-nursing-associate/" -> "become nursing associate". */
function pageWords(url: string): string | undefined {
  try {
    const last = new URL(url).pathname.split('/').filter((x) => x !== '').pop();
    if (!last) return undefined;
    const words = decodeURIComponent(last).replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[-_+]+/g, ' ').trim();
    return words === '' ? undefined : words;
  } catch {
    return undefined;
  }
}

/**
 * Source links, one per page (two addresses of one page count once, see
 * `pageKey`), labelled by their label or web site, and by how sure the fact
 * is. Two links to one site without labels are told apart by their page
 * ("nmc.org.uk, information for employers"), so no two buttons read the same.
 */
export function sourceLinks(content: Words, sources: readonly Source[], max = 6): Link[] {
  const w = coreWords(content).sources;
  const seen = new Set<string>();
  const kept: Source[] = [];
  for (const s of sources) {
    const key = pageKey(s.url);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(s);
    if (kept.length >= max) break;
  }
  const perSite = new Map<string, number>();
  for (const s of kept) if (!s.label) perSite.set(siteOf(s.url), (perSite.get(siteOf(s.url)) ?? 0) + 1);
  return kept.map((s) => {
    const site = siteOf(s.url);
    const page = (perSite.get(site) ?? 0) > 1 ? pageWords(s.url) : undefined;
    const label = w.label({ name: s.label ?? (page ? `${site}, ${page}` : site) });
    return { label: s.status === 'unverified' ? w.notConfirmed({ label }) : s.status === 'local' ? w.local({ label }) : label, url: s.url };
  });
}

/** True for the id of one of the five roadmap areas. */
export function isRoadmapArea(area: unknown): area is RoadmapArea {
  return typeof area === 'string' && (ROADMAP_AREAS as readonly string[]).includes(area);
}

/**
 * The name of a roadmap area as people see it, e.g. "Wellbeing and resilience"
 * (core.yaml `areas`). Text that is not an area id is returned as it is.
 */
export function areaTitle(content: Words, area: string): string {
  const titles: Readonly<Record<RoadmapArea, string>> = coreWords(content).areas;
  return isRoadmapArea(area) ? titles[area] : area;
}
