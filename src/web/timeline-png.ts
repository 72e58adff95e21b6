/**
 * SVG to PNG for the route pictures, with resvg (a Rust SVG renderer shipped
 * prebuilt in its npm package: no system libraries). Only the bundled font is
 * loaded, never the machine's fonts, so the picture looks the same everywhere.
 * Rendering runs off the main thread (`renderAsync`). resvg is loaded when the
 * first picture is drawn, not at start-up: most servers draw few or none, and
 * its native library costs memory for as long as the process runs.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { fontsDir } from '../paths.js';
import { TIMELINE_FONT } from '../knowledge/timeline.js';

/** The font files, regular and bold (Liberation Sans, SIL Open Font License: see fonts/OFL.txt). */
export const FONT_FILES = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'].map((f) => join(fontsDir, f));

/** Pixels in the PNG for each pixel of the SVG: sharp on phone screens, which have 2 or 3 device pixels to a CSS pixel. */
export const PNG_SCALE = 2;

let checked = false;

/** resvg's options: `scale` times the SVG's own size, on white, in the bundled font and no other. */
export function pngOptions(scale = PNG_SCALE): ResvgRenderOptions {
  if (!checked) {
    // resvg leaves out text it has no font for, without a word: fail loudly instead.
    const missing = FONT_FILES.filter((f) => !existsSync(f));
    if (missing.length > 0) throw new Error(`Font file missing: ${missing.join(', ')}`);
    checked = true;
  }
  return {
    fitTo: { mode: 'zoom', value: scale },
    background: '#FFFFFF',
    font: {
      loadSystemFonts: false,
      fontFiles: FONT_FILES,
      defaultFontFamily: TIMELINE_FONT,
      sansSerifFamily: TIMELINE_FONT,
    },
    logLevel: 'off',
  };
}

/** The SVG drawn as a PNG `scale` times its own size, in the bundled font. */
export async function svgToPng(svg: string, scale = PNG_SCALE): Promise<Buffer> {
  const { renderAsync } = await import('@resvg/resvg-js');
  const image = await renderAsync(svg, pngOptions(scale));
  return image.asPng();
}
