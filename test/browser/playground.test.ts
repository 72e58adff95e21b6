/**
 * The web playground in a real browser, at a phone's width (390 px) and a
 * desktop's (1280 px): Debian's Chromium, driven by playwright-core, against the
 * real server (`career-companion serve`) on a free 127.0.0.1 port with its own
 * data folder.
 *
 * It walks a route question (through the role question), a whole career
 * conversation to its summary, sharing it with a manager picked from the @ list,
 * and a check-in enrolment with a manager typed as "@Name". After every step it
 * fails if any text, button or input is cut off or hidden (each element's box
 * against its card's, and scrollWidth against clientWidth where overflow is
 * hidden), if the page scrolls sideways, or if the browser logs an error; at the
 * end of each part axe-core must find no serious or critical problem.
 *
 * Chromium: CHROMIUM_PATH, else /usr/bin/chromium (`apt-get install chromium`).
 * Without it the test is skipped with a warning, unless CI or REQUIRE_BROWSER=1
 * is set: then it fails. PLAYGROUND_SCREENSHOTS=<folder> keeps a screenshot of
 * every step.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { removeDir, tempDir } from '../helpers/app.js';
import { startServerProcess, type Spawned } from '../helpers/process.js';

// The functions passed to page.evaluate run in the page. The project type-checks
// without the DOM library (so server code cannot use it by mistake); these names
// are declared for this file only.
declare const document: any;
declare const window: any;
declare const getComputedStyle: (el: any) => { display: string; visibility: string; overflowX: string; overflowY: string };
type Element = any;
type HTMLElement = any;
type Document = any;

const require = createRequire(import.meta.url);
const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
const REQUIRED = Boolean(process.env['CI']) || process.env['REQUIRE_BROWSER'] === '1';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const SHOTS = process.env['PLAYGROUND_SCREENSHOTS'];

if (!HAVE_CHROMIUM && !REQUIRED) {
  console.warn(
    `Browser tests skipped: no Chromium at ${CHROMIUM}. Install it with "apt-get install chromium" (or set CHROMIUM_PATH). CI and REQUIRE_BROWSER=1 make this a failure.`,
  );
}

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** What is wrong with the layout now: clipped, hidden or overflowing elements. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element) => {
      const text = ((el as HTMLElement).innerText || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim();
      return `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} "${text.slice(0, 60)}"`;
    };
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) problems.push(`the page scrolls sideways: ${doc.scrollWidth} px wide in ${doc.clientWidth} px`);
    const containers = [...document.querySelectorAll('.bot, .me, form#f, #people')].filter((c) => !(c as HTMLElement).hidden);
    for (const container of containers) {
      const box = container.getBoundingClientRect();
      const all = [container, ...container.querySelectorAll('*')];
      for (const el of all) {
        // Text for screen readers only is meant to be clipped.
        if (el.closest('.visually-hidden')) continue;
        const style = getComputedStyle(el);
        const isThing = el.matches('.ac-pushButton, .ac-textBlock, .ac-factset, input, textarea, select, button, img, label, li, p, a');
        // Something we show must have a size and be visible.
        if (isThing && el.closest('[hidden]') === null) {
          const r = el.getBoundingClientRect();
          const shown = style.display !== 'none' && style.visibility !== 'hidden' && r.width > 0 && r.height > 0;
          const empty = ((el as HTMLElement).innerText ?? '').trim() === '' && !el.matches('input, textarea, select, img');
          if (!shown && !empty && !el.matches('input[type=checkbox], input[type=radio]')) {
            problems.push(`hidden: ${describe(el)}`);
          } else if (shown && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)) {
            problems.push(`outside its card: ${describe(el)} at ${Math.round(r.left)}..${Math.round(r.right)} in ${Math.round(box.left)}..${Math.round(box.right)}`);
          }
        }
        // Content wider or taller than a box that hides its overflow is cut off.
        const hidesX = style.overflowX !== 'visible';
        const hidesY = style.overflowY !== 'visible';
        if (hidesX && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
          problems.push(`cut off (${el.scrollWidth} px in ${el.clientWidth} px): ${describe(el)}`);
        }
        if (hidesY && el.clientHeight > 0 && el.scrollHeight > el.clientHeight + 1) {
          problems.push(`cut off below (${el.scrollHeight} px in ${el.clientHeight} px): ${describe(el)}`);
        }
      }
    }
    return problems;
  });
}

describe.skipIf(!HAVE_CHROMIUM && !REQUIRED)('the playground in a browser', () => {
  let server: (Spawned & { url: string }) | undefined;
  let browser: BrowserContext | undefined;
  let dataDir = '';
  let profileDir = '';
  let axeSource = '';

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) {
      throw new Error(
        `No Chromium at ${CHROMIUM}, and ${process.env['CI'] ? 'CI' : 'REQUIRE_BROWSER=1'} is set, so the browser test may not be skipped. Install it with "apt-get install -y chromium".`,
      );
    }
    dataDir = await tempDir('cc-browser-data-');
    profileDir = await tempDir('cc-browser-profile-');
    if (SHOTS) await mkdir(SHOTS, { recursive: true });
    axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
    server = await startServerProcess({ DATA_DIR: dataDir, HOST: '127.0.0.1', SCHEDULER: 'off', NODE_ENV: 'development' });
    browser = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (server) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    if (dataDir) await removeDir(dataDir);
    if (profileDir) await removeDir(profileDir);
  });

  for (const width of [390, 1280]) {
    it(`walks a route, a career conversation and a check-in enrolment at ${width} px without cutting anything off`, async () => {
      const page = await browser!.newPage();
      await page.setViewportSize({ width, height: width < 600 ? 844 : 800 });
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      let n = 0;

      const check = async (step: string) => {
        // Pictures (the route timeline) load after the card: wait for them, so a broken one shows as hidden.
        await page.waitForFunction(() => [...document.images].every((img: { complete: boolean }) => img.complete));
        if (SHOTS) await page.screenshot({ path: join(SHOTS, `${width}-${String(++n).padStart(2, '0')}-${step.replace(/[^a-z0-9]+/gi, '-')}.png`) });
        expect(await layoutProblems(page), `layout after "${step}" at ${width} px`).toEqual([]);
        expect(errors, `browser errors after "${step}" at ${width} px`).toEqual([]);
      };
      const axe = async (step: string) => {
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const w = window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Array<{ id: string; impact?: string; help: string; nodes: Array<{ target: unknown }> }> }> } };
          const r = await w.axe.run(document, { resultTypes: ['violations'] });
          return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, where: v.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)) }));
        });
        const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(bad, `accessibility after "${step}" at ${width} px`).toEqual([]);
      };
      const cards = () => page.locator('.bot').count();
      const idle = () => page.waitForFunction(() => document.body.getAttribute('data-busy') === '0');
      /** Does something, waits for the bot's new cards, and returns their text. */
      const reply = async (step: string, act: () => Promise<void>, expected: string): Promise<string> => {
        const before = await cards();
        await act();
        await page.waitForFunction((b) => document.querySelectorAll('.bot').length > b && document.body.getAttribute('data-busy') === '0', before);
        const texts = await page.locator('.bot').evaluateAll((els, b) => els.slice(b).map((e) => (e as HTMLElement).innerText).join('\n'), before);
        const said = texts.replace(/\u2060/g, '');
        expect(said, `the reply to "${step}" at ${width} px`).toContain(expected);
        // What Teams mobile would show: no markdown escape left visible, like "\\(".
        expect(said.match(/\\[!-/:-@[-`{-~]/g) ?? [], `stray backslashes in the reply to "${step}" at ${width} px`).toEqual([]);
        await check(step);
        return said;
      };
      const type = (text: string) => async () => {
        await page.fill('#t', text);
        await page.press('#t', 'Enter');
      };
      const press = (label: string) => async () => {
        await page.locator('.bot .ac-pushButton', { hasText: label }).filter({ hasText: new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) }).last().click();
      };

      await page.goto(`${server!.url}/?user=browser-${width}`);
      await page.locator('.bot').first().waitFor();
      await idle();
      await check('welcome');
      await axe('welcome');

      // More than six buttons in a row: six show, the rest are in a "..." menu, as in Teams.
      const actions = Array.from({ length: 8 }, (_, i) => ({ type: 'Action.Submit', title: `Choice number ${i + 1}`, data: { cc: 'help', v: {} } }));
      await page.evaluate((card) => window.playgroundShow([{ text: '', cards: [card], attachments: [] }]), {
        type: 'AdaptiveCard',
        version: '1.5',
        body: [{ type: 'TextBlock', text: 'Eight buttons', wrap: true }, { type: 'ActionSet', actions }],
      });
      const eight = page.locator('.bot').last();
      expect(await eight.locator('.ac-pushButton').allInnerTexts()).toEqual([...actions.slice(0, 6).map((a) => a.title), '...']);
      await check('eight buttons');
      await eight.locator('.ac-pushButton', { hasText: '...' }).click();
      const menu = page.getByRole('menuitem');
      expect((await menu.allInnerTexts()).map((t) => t.trim())).toEqual(['Choice number 7', 'Choice number 8']);
      for (const item of await menu.all()) {
        const box = (await item.boundingBox())!;
        expect(box.x >= 0 && box.x + box.width <= width && box.width > 0, `the "..." menu fits at ${width} px`).toBe(true);
      }
      await page.keyboard.press('Escape');

      // A route question, through the role question if there is one.
      let said = await reply('route question', type('how do I become a nursing associate?'), '');
      if (said.includes('current role')) said = await reply('role', press('Healthcare support worker (Band 2)'), 'Nursing associate');
      expect(said).toMatch(/Your route to Nursing associate/);
      await axe('route');

      // A whole career conversation, to its summary.
      await reply('career conversation', press('Career conversation'), 'What are you good at?');
      await reply('strengths', type('I am calm under pressure and good with anxious patients'), 'enjoy');
      await reply('enjoy', type('Talking with patients and their families'), 'in a year or two');
      await reply('aspirations', type('I would like more responsibility in my team'), 'Which of these sounds most like you');
      said = await reply('growth', press('Step up to a bigger role'), 'Part 3 of 5');
      if (said.includes('What is your role now?')) said = await reply('options role', press('Carry on without'), 'Part 3 of 5');
      await reply('options', press('None of these'), 'What would help you most right now?');
      await page.getByRole('checkbox', { name: 'Career progression' }).last().check();
      await reply('needs', press('Save and carry on'), 'How are you feeling about work');
      await reply('wellbeing', press('4 Good'), 'What is one thing you will do next?');
      await reply('action', type('Ask my manager about the nursing associate apprenticeship'), 'When will you do it by?');
      await reply('action date', press('In a month'), 'add another action');
      await reply("that's all", press("No, that's all"), 'Your career conversation summary');
      await axe('summary');

      // Share it with a manager picked from the @ list: no @mention needs typing.
      await reply('share', press('Share with my line manager'), 'Who is your line manager?');
      await page.fill('#t', 'My manager is ');
      await page.type('#t', '@');
      await page.locator('#people').waitFor({ state: 'visible' });
      await check('people list');
      await page.locator('#people').getByRole('button', { name: 'Sam Jones' }).click();
      expect(await page.inputValue('#t')).toBe('My manager is @Sam Jones ');
      await reply('manager picked', () => page.press('#t', 'Enter'), 'I have saved Sam Jones as your line manager');
      await reply('name', type('Chris'), 'Your manager, Sam Jones, will see');
      await reply('share confirm', press('Yes, share it'), 'Sam Jones now has your summary');
      await page.locator('.bot').last().locator('.ac-pushButton', { hasText: 'Not now' }).click();
      await idle();

      // A check-in enrolment, naming the manager by typing "@Name".
      await reply('enrol', type('sign me up for check-ins'), 'Which check-in programme');
      await reply('programme', press('New starter induction'), 'When is your first day?');
      await reply('first day', async () => page.locator('.bot .ac-pushButton', { hasText: 'Next Monday' }).last().click(), 'Who is your line manager?');
      await reply('enrol manager', type('my manager is @Priya Shah'), 'Check this before I set up your check-ins');
      await reply('confirm', press('Confirm'), "You're all set");
      said = await page.locator('.bot').last().innerText();
      expect(said.replace(/\u2060/g, '')).toContain('Priya Shah');
      await axe('enrolled');

      // What the manager was sent arrives in their own chat.
      const manager = await browser!.newPage();
      await manager.setViewportSize({ width, height: 800 });
      manager.on('pageerror', (e) => errors.push(e.message));
      await manager.goto(`${server!.url}/?user=sam-jones`);
      await manager.waitForFunction(() => document.body.innerText.includes('Career conversation summary from Chris'), undefined, { timeout: 10_000 });
      expect(await layoutProblems(manager), `the manager's page at ${width} px`).toEqual([]);
      if (SHOTS) await manager.screenshot({ path: join(SHOTS, `${width}-manager.png`), fullPage: true });
      await manager.close();
      expect(errors).toEqual([]);
      await page.close();
    }, 180_000);
  }
});
