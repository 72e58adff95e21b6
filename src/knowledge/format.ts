/**
 * How roles and bands are named to people.
 */
import type { Role } from '../content/model.js';

/** "Band 4", "Band 5 or 6", or "band set locally, often Band 3". */
export function bandText(role: Role): string {
  if (role.bandVaries) return `band set locally${role.bands.length > 0 ? `, often ${bandList(role.bands)}` : ''}`;
  return bandList(role.bands);
}

function bandList(bands: readonly string[]): string {
  if (bands.length === 0) return 'no band given';
  if (bands.length === 1) return `Band ${bands[0]}`;
  return `Band ${bands.slice(0, -1).join(', ')} or ${bands[bands.length - 1]}`;
}

/** A role's title with its band, e.g. "Assistant practitioner (Band 4)". */
export function roleWithBand(role: Role): string {
  return /\bband\b/i.test(role.title) ? role.title : `${role.title} (${bandText(role)})`;
}
