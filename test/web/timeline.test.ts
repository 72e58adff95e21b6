/**
 * The route picture as PNG: drawn by resvg in the bundled font only, and kept
 * in a bounded cache. (The HTTP routes are tested end to end in
 * test/e2e/conversations-a.test.ts.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, PNG_SCALE, pngOptions, svgToPng } from '../../src/web/timeline-png.js';
import { PictureCache } from '../../src/web/timeline.js';
import { fontsDir } from '../../src/paths.js';
import { pngInfo } from '../helpers/png.js';

const TEXT_ONLY = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="30" font-size="24" font-family="'Liberation Sans', Arial, sans-serif" fill="#000000">Band 3</text></svg>`;

/** How many pixels are darker than mid grey. */
function darkPixels(rgba: Buffer): number {
  let n = 0;
  for (let i = 0; i < rgba.length; i += 4) if (rgba[i]! + rgba[i + 1]! + rgba[i + 2]! < 384 && rgba[i + 3]! > 128) n++;
  return n;
}

describe('route picture as PNG', () => {
  it('ships its font files with their licence', () => {
    expect(FONT_FILES).toHaveLength(2);
    for (const f of FONT_FILES) {
      expect(existsSync(f)).toBe(true);
      // A TrueType font starts with version 1.0.
      expect(readFileSync(f).readUInt32BE(0)).toBe(0x00010000);
    }
    expect(readFileSync(join(fontsDir, 'OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });

  it('draws text with the bundled font and loads no font of the machine', async () => {
    const options = pngOptions();
    expect(options.font?.loadSystemFonts).toBe(false);
    expect(options.font?.fontFiles).toEqual(FONT_FILES);
    const withFont = await renderAsync(TEXT_ONLY, options);
    expect(darkPixels(withFont.pixels)).toBeGreaterThan(100);
    // Without a font, resvg leaves the text out: the check above would catch a missing font.
    const none = await renderAsync(TEXT_ONLY, { ...options, font: { loadSystemFonts: false, fontFiles: [] } });
    expect(darkPixels(none.pixels)).toBe(0);
  });

  it('makes a PNG at twice the SVG size', async () => {
    const png = await svgToPng(TEXT_ONLY);
    expect(pngInfo(png)).toEqual({ width: 200 * PNG_SCALE, height: 40 * PNG_SCALE });
    expect(pngInfo(await svgToPng(TEXT_ONLY, 1))).toEqual({ width: 200, height: 40 });
  });
});

describe('picture cache', () => {
  it('keeps at most its bound, forgetting the least recently used', () => {
    const c = new PictureCache<number>(2);
    c.set('a', 1);
    c.set('b', 2);
    expect(c.get('a')).toBe(1); // a is now the most recent
    c.set('c', 3);
    expect(c.size).toBe(2);
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe(1);
    expect(c.get('c')).toBe(3);
    c.delete('a');
    expect(c.get('a')).toBeUndefined();
    expect(c.size).toBe(1);
  });
});
