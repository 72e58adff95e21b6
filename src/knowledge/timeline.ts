/**
 * A route as a picture: a horizontal timeline in SVG, in the spirit of the
 * "Support Worker to Nursing Associate Development Pathway" chart one trust
 * (Medway) put on its department wall.
 *
 * Layout: a time axis in months and years along the bottom; one row per step,
 * each with a bar placed by the cumulative durations. The solid part of a bar
 * runs from the earliest the step can start to the earliest it can end (the sum
 * of the minimum months); the lighter extension runs on to the latest it may
 * end (the sum of the maximum months). Above each bar: the role reached, its
 * band and how long the step takes.
 *
 * Self-contained: no scripts, no external fonts or images, every text escaped,
 * with `<title>` and `<desc>` for screen readers.
 */
import type { Content } from '../content/model.js';
import { formatDuration, type Pathway } from './pathways.js';
import { roleWithBand } from './format.js';
import { defineWording, text, type Words } from '../content/wording.js';

export const TIMELINE_WORDING = defineWording('timeline', {
  title: text('role'),
  titleNoRole: text(),
  anyone: text(),
  now: text(),
  total: text('duration'),
  shortest: text(),
  upTo: text(),
  axis: { start: text(), oneYear: text(), years: text('years'), months: text('months') },
  description: { startsFrom: text('start'), step: text('number', 'role', 'route', 'duration'), total: text('duration') },
});

type TimelineWords = Words<(typeof TIMELINE_WORDING)['spec']>;

export const NHS_BLUE = '#005EB8';
export const NHS_DARK_BLUE = '#003087';
export const NHS_LIGHT_BLUE = '#41B6E6';
export const NHS_WHITE = '#FFFFFF';
const NHS_DARK_GREY = '#425563';
const NHS_PALE_GREY = '#E8EDEE';

export interface TimelineOptions {
  /** Width in pixels (default 900). */
  width?: number;
  /** Heading; default "Your route to <target role>". */
  title?: string;
  /** The starting role's title, when the pathway's first step does not say it. */
  startLabel?: string;
}

/** The stable path of a route's picture: `/timeline/<from or start>/<to>.svg`. */
export function timelinePath(fromId: string | undefined | null, toId: string): string {
  return `/timeline/${encodeURIComponent(fromId || 'start')}/${encodeURIComponent(toId)}.svg`;
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Rough width of text in a sans-serif font (no font metrics available offline). */
function textWidth(s: string, size: number): number {
  return s.length * size * 0.56;
}

/** Cuts text so it fits in `max` pixels, with an ellipsis. */
function fit(s: string, size: number, max: number): string {
  if (textWidth(s, size) <= max) return s;
  const n = Math.max(4, Math.floor(max / (size * 0.56)) - 1);
  return `${s.slice(0, n).trimEnd()}\u2026`;
}

/** Tick spacing in months for an axis `max` months long. */
function tickStep(max: number): number {
  if (max <= 6) return 1;
  if (max <= 12) return 3;
  if (max <= 30) return 6;
  if (max <= 72) return 12;
  return 24;
}

function tickLabel(w: TimelineWords, months: number): string {
  if (months === 0) return w.axis.start;
  if (months === 12) return w.axis.oneYear;
  if (months % 12 === 0) return w.axis.years({ years: months / 12 });
  return w.axis.months({ months });
}

function n(x: number): string {
  return String(Math.round(x * 10) / 10);
}

export function renderTimelineSvg(content: Content, pathway: Pathway, opts: TimelineOptions = {}): string {
  const width = Math.max(480, Math.round(opts.width ?? 900));
  const steps = pathway.steps;
  const target = steps[steps.length - 1]?.to;
  const w = TIMELINE_WORDING.of(content);
  const title = opts.title ?? (target ? w.title({ role: target.title }) : w.titleNoRole);
  const first = steps[0];
  const startRole = first?.from ?? null;
  const startText = opts.startLabel ?? (startRole ? roleWithBand(content, startRole) : w.anyone);

  const padL = 24;
  const padR = 24;
  const plotW = width - padL - padR;
  const top = 104;
  const rowH = 66;
  const barH = 20;
  const axisY = top + (steps.length + 1) * rowH + 8;
  const height = axisY + 86;

  const total = Math.max(pathway.total.maxMonths, pathway.total.minMonths);
  const step = tickStep(Math.max(total, 1));
  const axisMax = Math.max(step, Math.ceil(Math.max(total, 1) / step) * step);
  const x = (months: number) => padL + (Math.max(0, Math.min(months, axisMax)) / axisMax) * plotW;

  const descLines: string[] = [w.description.startsFrom({ start: startText })];
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="cc-title cc-desc" font-family="Arial, Helvetica, sans-serif">`,
  );
  const body: string[] = [];
  body.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="${NHS_WHITE}"/>`);
  body.push(`<rect x="0" y="0" width="${width}" height="6" fill="${NHS_BLUE}"/>`);
  body.push(`<text x="${padL}" y="40" font-size="22" font-weight="bold" fill="${NHS_DARK_BLUE}">${escapeXml(fit(title, 22, plotW))}</text>`);
  body.push(
    `<text x="${padL}" y="66" font-size="15" fill="${NHS_DARK_GREY}">${escapeXml(fit(w.total({ duration: formatDuration(content, pathway.total) }), 15, plotW))}</text>`,
  );

  // Grid lines and the axis.
  for (let m = 0; m <= axisMax; m += step) {
    body.push(`<line x1="${n(x(m))}" y1="${top - 8}" x2="${n(x(m))}" y2="${axisY}" stroke="${NHS_PALE_GREY}" stroke-width="1"/>`);
    const anchor = m === 0 ? 'start' : m === axisMax ? 'end' : 'middle';
    body.push(`<text x="${n(x(m))}" y="${axisY + 24}" font-size="14" fill="${NHS_DARK_GREY}" text-anchor="${anchor}">${escapeXml(tickLabel(w, m))}</text>`);
  }
  body.push(`<line x1="${padL}" y1="${axisY}" x2="${padL + plotW}" y2="${axisY}" stroke="${NHS_DARK_GREY}" stroke-width="1.5"/>`);

  // Where you start.
  const startY = top;
  body.push(`<circle cx="${n(x(0))}" cy="${startY + 30}" r="9" fill="${NHS_DARK_BLUE}"/>`);
  body.push(`<text x="${n(x(0) + 16)}" y="${startY + 36}" font-size="15" font-weight="bold" fill="${NHS_DARK_BLUE}">${escapeXml(w.now)}</text>`);
  body.push(
    `<text x="${n(x(0) + 62)}" y="${startY + 36}" font-size="15" fill="${NHS_DARK_BLUE}">${escapeXml(fit(startText, 15, plotW - 70))}</text>`,
  );

  let cumMin = 0;
  let cumMax = 0;
  steps.forEach((s, i) => {
    const rowTop = top + (i + 1) * rowH;
    const startMin = cumMin;
    cumMin += s.route.duration.minMonths;
    cumMax += s.route.duration.maxMonths;
    const x0 = x(startMin);
    const xSolid = Math.max(x(cumMin), x0 + 6);
    const xEnd = Math.max(x(cumMax), xSolid);
    const label = `${i + 1}. ${roleWithBand(content, s.to)}`;
    const detail = `${s.route.title}: ${formatDuration(content, s.route.duration)}`;
    descLines.push(w.description.step({ number: i + 1, role: roleWithBand(content, s.to), route: s.route.title, duration: formatDuration(content, s.route.duration) }));

    // Text above the bar: left-aligned at the bar's start, or right-aligned if it would run off the edge.
    const labelW = Math.max(textWidth(label, 15), textWidth(detail, 14));
    const rightAlign = x0 + labelW > padL + plotW && xEnd - labelW >= padL;
    const tx = rightAlign ? xEnd : x0;
    const anchor = rightAlign ? 'end' : 'start';
    const room = rightAlign ? xEnd - padL : padL + plotW - x0;
    body.push(`<g>`);
    body.push(`<title>${escapeXml(`${label}. ${detail}.`)}</title>`);
    body.push(
      `<text x="${n(tx)}" y="${rowTop + 16}" font-size="15" font-weight="bold" fill="${NHS_DARK_BLUE}" text-anchor="${anchor}">${escapeXml(fit(label, 15, room))}</text>`,
    );
    body.push(
      `<text x="${n(tx)}" y="${rowTop + 34}" font-size="14" fill="${NHS_DARK_GREY}" text-anchor="${anchor}">${escapeXml(fit(detail, 14, room))}</text>`,
    );
    if (xEnd > xSolid) {
      body.push(`<rect x="${n(x0)}" y="${rowTop + 42}" width="${n(xEnd - x0)}" height="${barH}" rx="4" fill="${NHS_LIGHT_BLUE}" fill-opacity="0.45"/>`);
    }
    body.push(`<rect x="${n(x0)}" y="${rowTop + 42}" width="${n(xSolid - x0)}" height="${barH}" rx="4" fill="${i === steps.length - 1 ? NHS_DARK_BLUE : NHS_BLUE}"/>`);
    body.push(`</g>`);
  });
  descLines.push(w.description.total({ duration: formatDuration(content, pathway.total) }));

  // Legend.
  const ly = axisY + 52;
  body.push(`<rect x="${padL}" y="${ly - 12}" width="22" height="14" rx="3" fill="${NHS_BLUE}"/>`);
  body.push(`<text x="${padL + 30}" y="${ly}" font-size="14" fill="${NHS_DARK_GREY}">${escapeXml(w.shortest)}</text>`);
  const l2 = padL + 30 + textWidth(w.shortest, 14) + 28;
  body.push(`<rect x="${n(l2)}" y="${ly - 12}" width="22" height="14" rx="3" fill="${NHS_LIGHT_BLUE}" fill-opacity="0.45"/>`);
  body.push(`<text x="${n(l2 + 30)}" y="${ly}" font-size="14" fill="${NHS_DARK_GREY}">${escapeXml(w.upTo)}</text>`);

  out.push(`<title id="cc-title">${escapeXml(title)}</title>`);
  out.push(`<desc id="cc-desc">${escapeXml(descLines.join(' '))}</desc>`);
  out.push(...body);
  out.push('</svg>');
  return out.join('\n');
}
