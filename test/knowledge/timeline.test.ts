/**
 * The route picture's model and its two drawings (wide SVG, phone portrait
 * SVG), on the real content: where bars start, what colour they are, what the
 * start is called, and that the phone text is large and fits.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import type { Content } from '../../src/content/model.js';
import { defaultContentDir } from '../../src/paths.js';
import { findPathways, type Pathway } from '../../src/knowledge/pathways.js';
import {
  BAR_COLOURS,
  PORTRAIT_WIDTH,
  renderTimelinePortraitSvg,
  renderTimelineSvg,
  timelineModel,
} from '../../src/knowledge/timeline.js';
import { fitText, textWidth, wrapText } from '../../src/knowledge/text-width.js';

let content: Content;
beforeAll(async () => {
  content = await loadContent(defaultContentDir);
});

function route(from: string | undefined, to: string): Pathway {
  const r = findPathways(content, from ? { from, to } : { to });
  if (r.kind !== 'found') throw new Error(`no route to ${to}`);
  return r.best;
}

/** Every `<rect>` of a class, as its attributes. */
function rects(svg: string, cls: string): Array<Record<string, string>> {
  return [...svg.matchAll(new RegExp(`<rect class="${cls}"([^>]*)/>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([a-z-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  );
}

/** The text of every `<text>` element, tags inside removed. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
}

describe('timeline model', () => {
  it('starts each step where the one before visibly ends, even when its shortest time is nothing', () => {
    // Start → Band 3 (up to 12 months, no minimum) → assistant practitioner (18 to 24 months).
    const p = route(undefined, 'assistant-practitioner');
    expect(p.steps.map((s) => s.route.duration.minMonths)).toEqual([0, 18]);
    const m = timelineModel(content, p);
    const [one, two] = m.steps;
    expect(one!.start).toBe(0);
    expect(one!.solidEnd).toBeGreaterThan(0);
    expect(two!.start).toBe(one!.solidEnd);
    expect(two!.start).toBeGreaterThan(0);
    // Step 2 takes its own shortest time from there, and may end as late as both steps' longest times.
    expect(two!.solidEnd - two!.start).toBe(18);
    expect(two!.end).toBe(36);
    expect(one!.end).toBe(12);
    expect(m.axisMax).toBeGreaterThanOrEqual(two!.end);
  });

  it('draws step 2 starting after step 1 in both pictures, not at "Start"', () => {
    const p = route(undefined, 'assistant-practitioner');
    for (const svg of [renderTimelineSvg(content, p), renderTimelinePortraitSvg(content, p)]) {
      const bars = rects(svg, 'bar');
      expect(bars).toHaveLength(2);
      const x1 = Number(bars[0]!['x']);
      const end1 = x1 + Number(bars[0]!['width']);
      const x2 = Number(bars[1]!['x']);
      expect(x2).toBeGreaterThan(x1 + 5);
      expect(Math.abs(x2 - end1)).toBeLessThanOrEqual(0.2);
    }
  });

  it('colours every bar as the key says', () => {
    for (const p of [route(undefined, 'assistant-practitioner'), route('hcsw-band-2', 'nursing-associate'), route(undefined, 'nurse-adult')]) {
      const m = timelineModel(content, p);
      const keyColours = new Set(m.legend.map((k) => k.fill));
      for (const s of m.steps) {
        expect(keyColours.has(s.fill)).toBe(true);
        expect(keyColours.has(s.moreFill)).toBe(true);
      }
      for (const svg of [renderTimelineSvg(content, p), renderTimelinePortraitSvg(content, p)]) {
        const keys = rects(svg, 'key');
        expect(keys.map((k) => [k['fill'], k['fill-opacity'] ?? '1'])).toEqual([
          [BAR_COLOURS.solid, '1'],
          [BAR_COLOURS.more, String(BAR_COLOURS.moreOpacity)],
        ]);
        // The last bar too: every solid bar is the key's first colour, every lighter part its second.
        const solid = rects(svg, 'bar');
        expect(solid.length).toBe(p.steps.length);
        for (const b of solid) expect(b['fill']).toBe(keys[0]!['fill']);
        for (const b of rects(svg, 'bar-more')) {
          expect(b['fill']).toBe(keys[1]!['fill']);
          expect(b['fill-opacity']).toBe(keys[1]!['fill-opacity']);
        }
      }
    }
  });

  it('does not call the starting role "Now" for someone who never gave a role', () => {
    const p = route(undefined, 'nurse-adult');
    const m = timelineModel(content, p);
    expect(m.startLabel).toBe('Starting point:');
    expect(m.startText).toBe('Healthcare support worker (Band 2)');
    for (const svg of [renderTimelineSvg(content, p), renderTimelinePortraitSvg(content, p)]) {
      expect(svg).not.toContain('Now:');
      expect(svg).toContain('Starting point:');
    }
    // The same route from the person's own role does say "Now:".
    const own = route('hcsw-band-2', 'nurse-adult');
    expect(timelineModel(content, own, { fromTheirRole: true }).startLabel).toBe('Now:');
    expect(renderTimelinePortraitSvg(content, own, { fromTheirRole: true })).toContain('Now:');
    // Without being told whose role it is, it does not claim it.
    expect(timelineModel(content, own).startLabel).toBe('Starting point:');
  });

  it('labels the axis in whole years on the phone, without labels running into each other', () => {
    const p = route('hcsw-band-2', 'nursing-associate');
    const svg = renderTimelinePortraitSvg(content, p, { fromTheirRole: true });
    const labels = [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" font-size="16" fill="#425563"(?: text-anchor="(\w+)")?>(Start|[^<]*(?:year|month)[^<]*)<\/text>/g)];
    expect(labels.map((l) => l[3])).toEqual(['Start', '1 year', '2 years']);
    const spans = labels.map((l) => {
      const x = Number(l[1]);
      const w = textWidth(l[3]!, 16);
      const left = l[2] === 'end' ? x - w : l[2] === 'middle' ? x - w / 2 : x;
      return [left, left + w] as const;
    });
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThan(spans[i - 1]![1]);
  });
});

describe('phone picture', () => {
  it('is a portrait picture 390 wide, with one row per step and large text', () => {
    const p = route('hcsw-band-2', 'nursing-associate');
    const svg = renderTimelinePortraitSvg(content, p, { fromTheirRole: true });
    const [, w, h] = svg.match(/^<svg [^>]*width="(\d+)" height="(\d+)"/)!;
    expect(Number(w)).toBe(PORTRAIT_WIDTH);
    expect(Number(h)).toBeGreaterThan(Number(w));
    expect(svg).toContain('data-layout="portrait"');
    expect(svg.match(/<g class="step"/g)).toHaveLength(2);
    const all = texts(svg);
    expect(all).toContain('Trainee nursing associate');
    expect(all).toContain('Band 3 · up to 3 months');
    expect(all).toContain('Band 4 · about 2 years');
    expect(all).toContain('Now:');
    // Rows go down the page in step order.
    const y1 = svg.indexOf('data-step="1"');
    const y2 = svg.indexOf('data-step="2"');
    expect(y1).toBeGreaterThan(0);
    expect(y2).toBeGreaterThan(y1);
    // No text under 16 pixels at 390 wide; the roles are larger still.
    const sizes = [...svg.matchAll(/font-size="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
    expect(svg).toMatch(/font-size="21" font-weight="bold" fill="#003087">Trainee nursing associate</);
    // Title and description for screen readers.
    expect(svg).toContain('<title id="cc-title">Your route to Nursing associate (registered)</title>');
    expect(svg).toMatch(/<desc id="cc-desc">Starts from: Healthcare support worker \(Band 2\)\. Step 1: Trainee nursing associate \(Band 3\)/);
    expect(svg).not.toMatch(/<script|<image|href=|@import|url\(/i);
  });

  it('keeps every line of text inside the picture', () => {
    for (const p of [route(undefined, 'assistant-practitioner'), route('hcsw-band-2', 'nursing-associate'), route(undefined, 'nurse-adult')]) {
      const svg = renderTimelinePortraitSvg(content, p);
      for (const m of svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" font-size="(\d+)"( font-weight="bold")?[^>]*?(?: text-anchor="(\w+)")?>([^<]*)<\/text>/g)) {
        const x = Number(m[1]);
        const w = textWidth(m[5]!.replace(/&amp;/g, '&').replace(/&apos;/g, "'"), Number(m[2]), m[3] !== undefined);
        const left = m[4] === 'end' ? x - w : m[4] === 'middle' ? x - w / 2 : x;
        expect(left).toBeGreaterThanOrEqual(0);
        expect(left + w).toBeLessThanOrEqual(PORTRAIT_WIDTH);
      }
    }
  });

  it('wraps and cuts a very long role name, and escapes every text', () => {
    const p = structuredClone(route('hcsw-band-2', 'nursing-associate'));
    p.steps[1]!.to.title = 'Nurse & <script>alert("x")</script> ' + 'with a very long title '.repeat(8);
    p.steps[1]!.route.title = "It's <b>";
    const svg = renderTimelinePortraitSvg(content, p);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('Nurse &amp; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(svg).toContain('It&apos;s &lt;b&gt;');
    // At most three lines for the role, the last cut with an ellipsis.
    const row = svg.slice(svg.indexOf('data-step="2"'));
    const roleLines = [...row.slice(0, row.indexOf('</g>')).matchAll(/font-size="21" font-weight="bold" fill="#003087">([^<]*)</g)].map((m) => m[1]!);
    expect(roleLines).toHaveLength(3);
    expect(roleLines[0]).toMatch(/^Nurse &amp;/);
    expect(roleLines[2]!.endsWith('\u2026')).toBe(true);
  });
});

describe('text widths', () => {
  it('measures in the widths of Liberation Sans (Arial)', () => {
    // "Band" at 1000 px: B 667 + a 556 + n 556 + d 556.
    expect(textWidth('Band', 1000)).toBe(2335);
    expect(textWidth('Band', 1000, true)).toBe(722 + 556 + 611 + 611);
    // An accented letter is as wide as its letter.
    expect(textWidth('é', 10)).toBe(textWidth('e', 10));
  });

  it('wraps at spaces within the width, and cuts what does not fit', () => {
    const lines = wrapText('Level 5 assistant practitioner apprenticeship in a hospital trust', 16, 150);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 16)).toBeLessThanOrEqual(150);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines[lines.length - 1]!.endsWith('\u2026')).toBe(true);
    expect(wrapText('Short', 16, 150)).toEqual(['Short']);
    expect(fitText('Short', 16, 150)).toBe('Short');
    expect(textWidth(fitText('Supercalifragilistic', 16, 60), 16)).toBeLessThanOrEqual(60);
  });
});
