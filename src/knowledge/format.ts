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

/** Source links, one per URL, labelled by their label or web site, and by how sure the fact is. */
export function sourceLinks(content: Words, sources: readonly Source[], max = 6): Link[] {
  const w = coreWords(content).sources;
  const seen = new Set<string>();
  const out: Link[] = [];
  for (const s of sources) {
    if (seen.has(s.url)) continue;
    seen.add(s.url);
    let site = s.url;
    try {
      site = new URL(s.url).hostname.replace(/^www\./, '');
    } catch {
      // keep the URL as it is
    }
    const label = w.label({ name: s.label ?? site });
    out.push({ label: s.status === 'unverified' ? w.notConfirmed({ label }) : s.status === 'local' ? w.local({ label }) : label, url: s.url });
    if (out.length >= max) break;
  }
  return out;
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
