/**
 * A route as a picture, in the spirit of the "Support Worker to Nursing
 * Associate Development Pathway" chart one trust (Medway) put on its
 * department wall. Two drawings of one model:
 *
 *  - `renderTimelinePortraitSvg`: one row per step, stacked top to bottom, for
 *    a phone. It is drawn 390 pixels wide with text of 16 pixels and more, and
 *    is the picture Teams and Slack show (as a PNG: src/web/timeline-png.ts).
 *  - `renderTimelineSvg`: the wide, horizontal chart for a desktop screen,
 *    served as SVG.
 *
 * The model (`timelineModel`): a time axis in months and years; each step has a
 * bar. The solid part runs from where the step starts to the earliest it can
 * end (its shortest time); the lighter part runs on to the latest it may end
 * (the sum of the longest times so far). A step starts where the solid part of
 * the step before it ends, and a step with no shortest time ("up to 3 months")
 * still gets a short solid part, so every step visibly follows the one before.
 * The bars and the key share one pair of colours.
 *
 * Self-contained: no scripts, no external fonts or images, every text escaped,
 * with `<title>` and `<desc>` for screen readers.
 */
import type { Content } from '../content/model.js';
import { formatDuration, type Pathway } from './pathways.js';
import { bandText, roleWithBand } from './format.js';
import { defineWording, text, type Words } from '../content/wording.js';
import { fitText, textWidth, wrapText } from './text-width.js';

export const TIMELINE_WORDING = defineWording('timeline', {
  title: text('role'),
  titleNoRole: text(),
  anyone: text(),
  now: text(),
  startingPoint: text(),
  total: text('duration'),
  bandAndTime: text('band', 'duration'),
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
const NHS_BLACK = '#231F20';

/** The two colours of every bar, used by the key too. */
export const BAR_COLOURS = {
  /** The shortest time a step takes. */
  solid: NHS_BLUE,
  /** The time it may take beyond that. */
  more: NHS_LIGHT_BLUE,
  moreOpacity: 0.45,
} as const;

/** The font the pictures are drawn in (bundled for the PNG); Arial has the same widths. */
export const TIMELINE_FONT = 'Liberation Sans';
const FONT_FAMILY = `'${TIMELINE_FONT}', Arial, Helvetica, sans-serif`;

/** Width of the portrait picture in pixels: a phone's width. */
export const PORTRAIT_WIDTH = 390;

export interface TimelineOptions {
  /** Width in pixels of the horizontal chart (default 900). */
  width?: number;
  /** Heading; default "Your route to <target role>". */
  title?: string;
  /** The starting role's title, when the pathway's first step does not say it. */
  startLabel?: string;
  /**
   * The route starts from the person's own role (they said it, or their
   * profile holds it): the start is labelled "Now:". Otherwise the start was
   * chosen for them and is labelled only as the starting point.
   */
  fromTheirRole?: boolean;
}

export interface TimelineStep {
  number: number;
  /** The role reached, its band, and both together. */
  role: string;
  band: string;
  roleWithBand: string;
  /** The route's title ("Nursing associate apprenticeship") and its time in words. */
  route: string;
  duration: string;
  /** Months from the start where the bar begins: where the solid part of the step before ends. */
  start: number;
  /** Where the solid part ends: the start plus the step's shortest time, never less than a short visible piece. */
  solidEnd: number;
  /** Where the lighter part ends: the latest the step may end. */
  end: number;
  /** Colour of the solid part and of the lighter part. */
  fill: string;
  moreFill: string;
}

export interface TimelineModel {
  title: string;
  /** "Total time: about 2 years, …". */
  total: string;
  /** "Now:" for the person's own role, "Starting point:" otherwise. */
  startLabel: string;
  startText: string;
  steps: TimelineStep[];
  /** The axis runs from 0 to this many months. */
  axisMax: number;
  ticks: Array<{ months: number; label: string }>;
  /** The key: what each bar colour means. */
  legend: Array<{ label: string; fill: string; opacity: number }>;
  /** The whole picture in words, for screen readers. */
  description: string;
}

/** The stable path of a route's picture: `/timeline/<from or start>/<to>.png` (or `.svg`). */
export function timelinePath(fromId: string | undefined | null, toId: string, format: 'png' | 'svg' = 'png'): string {
  return `/timeline/${encodeURIComponent(fromId || 'start')}/${encodeURIComponent(toId)}.${format}`;
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

/** Shortest solid piece drawn, as a share of the whole route's time. */
const MIN_PIECE = 1 / 20;

export function timelineModel(content: Content, pathway: Pathway, opts: TimelineOptions = {}): TimelineModel {
  const w = TIMELINE_WORDING.of(content);
  const steps = pathway.steps;
  const target = steps[steps.length - 1]?.to;
  const title = opts.title ?? (target ? w.title({ role: target.title }) : w.titleNoRole);
  const startRole = steps[0]?.from ?? null;
  const startText = opts.startLabel ?? (startRole ? roleWithBand(content, startRole) : w.anyone);
  const startLabel = opts.fromTheirRole && (startRole || opts.startLabel) ? w.now : w.startingPoint;

  const sumMin = steps.reduce((a, s) => a + Math.max(0, s.route.duration.minMonths), 0);
  const sumMax = steps.reduce((a, s) => a + Math.max(0, s.route.duration.maxMonths, s.route.duration.minMonths), 0);
  const piece = Math.max(sumMin, sumMax, 1) * MIN_PIECE;

  let at = 0;
  let latest = 0;
  const out: TimelineStep[] = steps.map((s, i) => {
    const min = Math.max(0, s.route.duration.minMonths);
    const max = Math.max(min, s.route.duration.maxMonths);
    const start = at;
    const solidEnd = start + Math.max(min, piece);
    latest += max;
    const end = Math.max(solidEnd, latest);
    at = solidEnd;
    return {
      number: i + 1,
      role: s.to.title,
      band: bandText(content, s.to),
      roleWithBand: roleWithBand(content, s.to),
      route: s.route.title,
      duration: formatDuration(content, s.route.duration),
      start,
      solidEnd,
      end,
      fill: BAR_COLOURS.solid,
      moreFill: BAR_COLOURS.more,
    };
  });

  const last = Math.max(1, ...out.map((s) => s.end));
  const step = tickStep(last);
  const axisMax = Math.max(step, Math.ceil(last / step) * step);
  const ticks: TimelineModel['ticks'] = [];
  for (let m = 0; m <= axisMax; m += step) ticks.push({ months: m, label: tickLabel(w, m) });

  const total = formatDuration(content, pathway.total);
  const description = [
    w.description.startsFrom({ start: startText }),
    ...out.map((s) => w.description.step({ number: s.number, role: s.roleWithBand, route: s.route, duration: s.duration })),
    w.description.total({ duration: total }),
  ].join(' ');

  return {
    title,
    total: w.total({ duration: total }),
    startLabel,
    startText,
    steps: out,
    axisMax,
    ticks,
    legend: [
      { label: w.shortest, fill: BAR_COLOURS.solid, opacity: 1 },
      { label: w.upTo, fill: BAR_COLOURS.more, opacity: BAR_COLOURS.moreOpacity },
    ],
    description,
  };
}

function n(x: number): string {
  return String(Math.round(x * 10) / 10);
}

interface TextOpts {
  size: number;
  fill: string;
  bold?: boolean;
  anchor?: 'start' | 'middle' | 'end';
}

function textEl(x: number, y: number, s: string, o: TextOpts): string {
  const weight = o.bold ? ' font-weight="bold"' : '';
  const anchor = o.anchor && o.anchor !== 'start' ? ` text-anchor="${o.anchor}"` : '';
  return `<text x="${n(x)}" y="${n(y)}" font-size="${o.size}"${weight} fill="${o.fill}"${anchor}>${escapeXml(s)}</text>`;
}

/** The solid and lighter parts of one step's bar. */
function bar(s: TimelineStep, x: (months: number) => number, y: number, h: number): string[] {
  const out: string[] = [];
  const x0 = x(s.start);
  if (s.end > s.solidEnd) {
    out.push(
      `<rect class="bar-more" x="${n(x0)}" y="${n(y)}" width="${n(x(s.end) - x0)}" height="${h}" rx="4" fill="${s.moreFill}" fill-opacity="${BAR_COLOURS.moreOpacity}"/>`,
    );
  }
  out.push(`<rect class="bar" x="${n(x0)}" y="${n(y)}" width="${n(Math.max(2, x(s.solidEnd) - x0))}" height="${h}" rx="4" fill="${s.fill}"/>`);
  return out;
}

function open(width: number, height: number, m: TimelineModel, layout: string): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="cc-title cc-desc" font-family="${escapeXml(FONT_FAMILY)}" data-layout="${layout}">`,
    `<title id="cc-title">${escapeXml(m.title)}</title>`,
    `<desc id="cc-desc">${escapeXml(m.description)}</desc>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${NHS_WHITE}"/>`,
    `<rect x="0" y="0" width="${width}" height="6" fill="${NHS_BLUE}"/>`,
  ];
}

/** The wide chart: a time axis along the bottom, one row per step, text above each bar. */
export function renderTimelineSvg(content: Content, pathway: Pathway, opts: TimelineOptions = {}): string {
  const m = timelineModel(content, pathway, opts);
  const width = Math.max(480, Math.round(opts.width ?? 900));
  const padL = 24;
  const padR = 24;
  const plotW = width - padL - padR;
  const top = 104;
  const rowH = 66;
  const barH = 20;
  const axisY = top + (m.steps.length + 1) * rowH + 8;
  const height = axisY + 86;
  const x = (months: number) => padL + (Math.max(0, Math.min(months, m.axisMax)) / m.axisMax) * plotW;

  const body: string[] = [];
  body.push(textEl(padL, 40, fitText(m.title, 22, plotW, true), { size: 22, bold: true, fill: NHS_DARK_BLUE }));
  body.push(textEl(padL, 66, fitText(m.total, 15, plotW), { size: 15, fill: NHS_DARK_GREY }));

  // Grid lines and the axis.
  for (const t of m.ticks) {
    body.push(`<line x1="${n(x(t.months))}" y1="${top - 8}" x2="${n(x(t.months))}" y2="${axisY}" stroke="${NHS_PALE_GREY}" stroke-width="1"/>`);
    const anchor = t.months === 0 ? 'start' : t.months === m.axisMax ? 'end' : 'middle';
    body.push(textEl(x(t.months), axisY + 24, t.label, { size: 14, fill: NHS_DARK_GREY, anchor }));
  }
  body.push(`<line x1="${padL}" y1="${axisY}" x2="${padL + plotW}" y2="${axisY}" stroke="${NHS_DARK_GREY}" stroke-width="1.5"/>`);

  // Where the route starts.
  body.push(`<circle cx="${n(x(0))}" cy="${top + 30}" r="9" fill="${NHS_DARK_BLUE}"/>`);
  const labelW = textWidth(m.startLabel, 15, true);
  body.push(`<text class="start" x="${n(x(0) + 16)}" y="${top + 36}" font-size="15" fill="${NHS_DARK_BLUE}">`);
  body.push(`<tspan font-weight="bold">${escapeXml(m.startLabel)}</tspan> ${escapeXml(fitText(m.startText, 15, plotW - labelW - 24))}</text>`);

  m.steps.forEach((s, i) => {
    const rowTop = top + (i + 1) * rowH;
    const label = `${s.number}. ${s.roleWithBand}`;
    const detail = `${s.route}: ${s.duration}`;
    const x0 = x(s.start);
    const xEnd = x(s.end);
    // Text above the bar: left-aligned at the bar's start, or right-aligned if it would run off the edge.
    const needed = Math.max(textWidth(label, 15, true), textWidth(detail, 14));
    const rightAlign = x0 + needed > padL + plotW && xEnd - needed >= padL;
    const tx = rightAlign ? xEnd : x0;
    const anchor = rightAlign ? 'end' : 'start';
    const room = rightAlign ? xEnd - padL : padL + plotW - x0;
    body.push(`<g class="step" data-step="${s.number}">`);
    body.push(`<title>${escapeXml(`${label}. ${detail}.`)}</title>`);
    body.push(textEl(tx, rowTop + 16, fitText(label, 15, room, true), { size: 15, bold: true, fill: NHS_DARK_BLUE, anchor }));
    body.push(textEl(tx, rowTop + 34, fitText(detail, 14, room), { size: 14, fill: NHS_DARK_GREY, anchor }));
    body.push(...bar(s, x, rowTop + 42, barH));
    body.push(`</g>`);
  });

  // The key.
  const ly = axisY + 52;
  let lx = padL;
  for (const k of m.legend) {
    body.push(`<rect class="key" x="${n(lx)}" y="${ly - 12}" width="22" height="14" rx="3" fill="${k.fill}"${k.opacity < 1 ? ` fill-opacity="${k.opacity}"` : ''}/>`);
    body.push(textEl(lx + 30, ly, k.label, { size: 14, fill: NHS_DARK_GREY }));
    lx += 30 + textWidth(k.label, 14) + 28;
  }

  return [...open(width, height, m, 'wide'), ...body, '</svg>'].join('\n');
}

/**
 * The phone picture: the start, then one row per step stacked top to bottom
 * (a numbered marker on a line down the left; the role in large bold text; its
 * band and time; the route; then the step's bar on the shared time axis),
 * then the axis and the key. 390 pixels wide; no text under 16 pixels.
 */
export function renderTimelinePortraitSvg(content: Content, pathway: Pathway, opts: Omit<TimelineOptions, 'width'> = {}): string {
  const m = timelineModel(content, pathway, opts);
  const W = PORTRAIT_WIDTH;
  const padL = 18;
  const padR = 18;
  const markerX = 32;
  const textX = 60;
  const textW = W - textX - padR;
  const x = (months: number) => textX + (Math.max(0, Math.min(months, m.axisMax)) / m.axisMax) * textW;

  const body: string[] = [];
  const lines = (y: number, s: string, size: number, lineH: number, o: Omit<TextOpts, 'size'> & { maxLines?: number; left?: number; width?: number }): number => {
    const left = o.left ?? textX;
    const wrapped = wrapText(s, size, o.width ?? W - left - padR, { bold: o.bold ?? false, maxLines: o.maxLines ?? 3 });
    wrapped.forEach((l, i) => body.push(textEl(left, y + i * lineH, l, { size, fill: o.fill, bold: o.bold ?? false })));
    return y + (wrapped.length - 1) * lineH;
  };

  // Heading and total time.
  let y = 44;
  y = lines(y, m.title, 26, 31, { bold: true, fill: NHS_DARK_BLUE, left: padL, maxLines: 3 });
  y = lines(y + 28, m.total, 18, 23, { fill: NHS_DARK_GREY, left: padL, maxLines: 3 });

  // Where the route starts.
  y += 44;
  const startCy = y - 6;
  const markers: string[] = [`<circle cx="${markerX}" cy="${n(startCy)}" r="10" fill="${NHS_DARK_BLUE}"/>`];
  body.push(`<g class="start">`);
  y = lines(y, m.startLabel, 18, 23, { bold: true, fill: NHS_DARK_BLUE });
  y = lines(y + 24, m.startText, 18, 23, { fill: NHS_BLACK, maxLines: 3 });
  body.push(`</g>`);

  // One row per step.
  const gridTop = y + 16;
  let lastCy = startCy;
  for (const s of m.steps) {
    y += 50;
    const cy = y - 7;
    lastCy = cy;
    markers.push(`<circle cx="${markerX}" cy="${n(cy)}" r="15" fill="${NHS_BLUE}"/>`);
    markers.push(textEl(markerX, cy + 6, String(s.number), { size: 17, bold: true, fill: NHS_WHITE, anchor: 'middle' }));
    body.push(`<g class="step" data-step="${s.number}">`);
    y = lines(y, s.role, 21, 26, { bold: true, fill: NHS_DARK_BLUE, maxLines: 3 });
    y = lines(y + 25, TIMELINE_WORDING.of(content).bandAndTime({ band: s.band, duration: s.duration }), 18, 23, { fill: NHS_BLACK, maxLines: 2 });
    y = lines(y + 23, s.route, 16, 21, { fill: NHS_DARK_GREY, maxLines: 2 });
    body.push(...bar(s, x, y + 12, 16));
    body.push(`</g>`);
    y += 28;
  }
  const gridBottom = y + 8;

  // The axis under the rows, with pale lines up through them.
  const grid: string[] = [];
  for (const t of m.ticks) {
    grid.push(`<line x1="${n(x(t.months))}" y1="${n(gridTop)}" x2="${n(x(t.months))}" y2="${n(gridBottom)}" stroke="${NHS_PALE_GREY}" stroke-width="1"/>`);
  }
  const axisY = gridBottom;
  body.push(`<line x1="${textX}" y1="${n(axisY)}" x2="${textX + textW}" y2="${n(axisY)}" stroke="${NHS_DARK_GREY}" stroke-width="1.5"/>`);
  // Labels in whole years once the route is over a year long; a label that
  // would touch another is left out (the first and last stay).
  const labelled = m.ticks.filter((t, i) => i === 0 || t.months === m.axisMax || m.axisMax <= 12 || t.months % 12 === 0);
  const span = (t: { months: number; label: string }) => {
    const wdt = textWidth(t.label, 16);
    const anchor = t.months === 0 ? 'start' : t.months === m.axisMax ? 'end' : 'middle';
    const left = anchor === 'start' ? x(t.months) : anchor === 'end' ? x(t.months) - wdt : x(t.months) - wdt / 2;
    return { left, right: left + wdt, anchor } as const;
  };
  const lastTick = labelled[labelled.length - 1]!;
  // The end of the axis is labelled first when it is a whole year; otherwise only if there is room.
  const endFirst = m.axisMax <= 12 || m.axisMax % 12 === 0;
  const kept = [labelled[0]!];
  for (const t of labelled.slice(1, -1)) {
    const s = span(t);
    if (s.left >= span(kept[kept.length - 1]!).right + 12 && (!endFirst || s.right + 12 <= span(lastTick).left)) kept.push(t);
  }
  if (labelled.length > 1 && (endFirst || span(lastTick).left >= span(kept[kept.length - 1]!).right + 12)) kept.push(lastTick);
  for (const t of kept) body.push(textEl(x(t.months), axisY + 22, t.label, { size: 16, fill: NHS_DARK_GREY, anchor: span(t).anchor }));

  // The key, one line each.
  y = axisY + 56;
  for (const k of m.legend) {
    body.push(`<rect class="key" x="${textX}" y="${n(y - 14)}" width="28" height="16" rx="3" fill="${k.fill}"${k.opacity < 1 ? ` fill-opacity="${k.opacity}"` : ''}/>`);
    lines(y, k.label, 17, 22, { fill: NHS_BLACK, left: textX + 38, maxLines: 1 });
    y += 28;
  }
  const height = Math.ceil(y);

  const line = `<line x1="${markerX}" y1="${n(startCy)}" x2="${markerX}" y2="${n(lastCy)}" stroke="${NHS_BLUE}" stroke-width="3"/>`;
  return [...open(W, height, m, 'portrait'), ...grid, line, ...markers, ...body, '</svg>'].join('\n');
}
