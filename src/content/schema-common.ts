/**
 * The pieces every content schema shares: ids, web addresses, sources, and a
 * local trust example.
 */
import { z } from 'zod';

export const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower case words joined by hyphens, e.g. "nursing-associate"');

export const httpUrl = z
  .string()
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'must be a full web address starting with https:// (or http://)');

/** A source: a URL, or a URL with a label and a status flag from the domain brief. */
export const sourceSchema = z.union([
  httpUrl,
  z.strictObject({
    url: httpUrl,
    label: z.string().min(1).optional(),
    /** `mirror`: read from a copy of the page; `unverified`: not confirmed; `local`: one trust's practice. */
    status: z.enum(['mirror', 'unverified', 'local']).optional(),
    /** ISO date someone last read the page and found it says what the entry says. */
    checked: z.iso.date().optional(),
  }),
]);
export type SourceInput = z.infer<typeof sourceSchema>;

export const sources = z.array(sourceSchema).min(1, 'needs at least one source URL');

export const localExampleSchema = z.strictObject({
  trust: z.string().min(3),
  summary: z.string().min(10),
  sources,
});
