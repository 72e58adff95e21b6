/**
 * The web playground: GET / shows a chat page that renders the bot's replies
 * as the Adaptive Cards Teams gets (`renderAdaptiveCards`), with the
 * `adaptivecards` renderer set up to behave as Teams does:
 *  - a row of buttons wraps onto more lines instead of being cut off, and past
 *    Teams' six actions the rest go into a "…" menu;
 *  - Markdown is read as Teams on a phone reads it (`markdown.ts`), so a
 *    backslash that a phone would show is shown here too.
 *
 * People can be mentioned as in Teams: type @ (or press the @ button) and pick
 * someone, or add a new name. The mention reaches the bot as `mentions`, as the
 * Teams adapter sends it. The playground keeps a small list of people in memory
 * (`PlaygroundPeople`), starting with a few made-up colleagues; opening
 * `/?user=<id>` shows that person's chat, e.g. what a manager was sent.
 *
 * It needs no credentials and is off in production.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Bot } from '../../core/runtime.js';
import type { Config } from '../../config.js';
import type { InboundMessage } from '../../core/messages.js';
import type { RouteDef } from '../../server.js';
import { parseTeamsSubmit, renderAdaptiveCards } from '../teams/render.js';
import type { LocalInbox } from '../messenger.js';
import { playgroundMarkdownScript } from './markdown.js';

const require = createRequire(import.meta.url);

export interface PlaygroundOptions {
  bot: Bot;
  config: Config;
  /** Messages sent to playground users outside a turn (reminders, check-ins). */
  inbox: LocalInbox;
}

const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_NAME = 60;
const MAX_PEOPLE = 200;

/** The user key of a playground person. */
export const playgroundUserKey = (id: string): string => `local:playground:${id}`;

export interface PlaygroundPerson {
  id: string;
  name: string;
}

/**
 * The people the playground can mention: a few made-up colleagues, then anyone
 * mentioned since the server started (kept in memory, at most 200).
 */
export class PlaygroundPeople {
  private readonly people = new Map<string, string>([
    ['sam-jones', 'Sam Jones'],
    ['priya-shah', 'Priya Shah'],
    ['alex-taylor', 'Alex Taylor'],
  ]);

  list(): PlaygroundPerson[] {
    return [...this.people].map(([id, name]) => ({ id, name }));
  }

  /** Adds or renames a person; returns false when the list is full. */
  add(person: PlaygroundPerson): boolean {
    if (!this.people.has(person.id) && this.people.size >= MAX_PEOPLE) return false;
    this.people.set(person.id, person.name);
    return true;
  }

  /** People named as `@Name` in the text, longest names first, as a typed mention in the playground. */
  namedIn(text: string): PlaygroundPerson[] {
    const found: PlaygroundPerson[] = [];
    const lower = text.toLowerCase();
    const byLength = this.list().sort((a, b) => b.name.length - a.name.length);
    let rest = lower;
    for (const p of byLength) {
      const at = `@${p.name.toLowerCase()}`;
      const i = rest.indexOf(at);
      if (i < 0) continue;
      const after = rest[i + at.length];
      if (after !== undefined && /[\p{L}\p{N}]/u.test(after)) continue;
      found.push(p);
      rest = rest.slice(0, i) + ' '.repeat(at.length) + rest.slice(i + at.length);
    }
    // In the order they appear in the text.
    return found.sort((a, b) => lower.indexOf(`@${a.name.toLowerCase()}`) - lower.indexOf(`@${b.name.toLowerCase()}`));
  }
}

/** A person sent with a message: `{ id, name }`, checked; undefined when it is not one. */
export function parsePerson(raw: unknown): PlaygroundPerson | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { id, name } = raw as Record<string, unknown>;
  if (typeof id !== 'string' || !USER_ID.test(id) || typeof name !== 'string') return undefined;
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim().replace(/^@+/, '').replace(/\s+/g, ' ').trim();
  if (clean === '' || clean.length > MAX_NAME) return undefined;
  return { id, name: clean };
}

export function playgroundRoutes({ bot, config, inbox }: PlaygroundOptions): RouteDef[] {
  let cardsScript: Promise<string> | undefined;
  const markdownScript = playgroundMarkdownScript();
  const people = new PlaygroundPeople();
  const renderOpts = config.publicBaseUrl ? { imageBaseUrl: config.publicBaseUrl } : {};

  const respond = async (msg: InboundMessage, welcome: boolean | 'inbox', origin: string | undefined) => {
    const replies = welcome === 'inbox' ? inbox.take(msg.userKey) : welcome ? await bot.welcome(msg) : await bot.handle(msg);
    // Pictures on this server (the route timeline) load from the page's own address.
    const opts = renderOpts.imageBaseUrl || !origin ? renderOpts : { imageBaseUrl: origin };
    return replies.map((r) => ({ text: r.text, cards: renderAdaptiveCards(r, opts), attachments: r.attachments ?? [] }));
  };

  return [
    {
      method: 'get',
      path: '/',
      handler: async (_req, res) => {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Content-Security-Policy', "default-src 'self'; img-src 'self' data: https: http:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'");
        res.setHeader('Cache-Control', 'no-store');
        res.sendRaw(200, PAGE);
      },
    },
    {
      method: 'get',
      path: '/playground/adaptivecards.js',
      handler: async (_req, res) => {
        cardsScript ??= readFile(require.resolve('adaptivecards/dist/adaptivecards.min.js'), 'utf8');
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.setHeader('Cache-Control', 'public, max-age=3600');
        res.sendRaw(200, await cardsScript);
      },
    },
    {
      method: 'get',
      path: '/playground/markdown.js',
      handler: async (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.sendRaw(200, markdownScript);
      },
    },
    {
      method: 'get',
      path: '/playground/people',
      handler: async (_req, res) => {
        res.setHeader('Cache-Control', 'no-store');
        res.json({ people: people.list() });
      },
    },
    {
      method: 'post',
      path: '/playground/messages',
      json: true,
      handler: async (req, res) => {
        const body = req.body as Record<string, unknown>;
        const host = String(req.headers['host'] ?? '');
        const origin = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$/.test(host) ? `http://${host}` : undefined;
        const user = typeof body['user'] === 'string' && USER_ID.test(body['user']) ? body['user'] : undefined;
        if (!user) {
          res.status(400);
          res.json({ error: 'Send "user": a short id made of letters, digits, - or _.' });
          return;
        }
        const msg: InboundMessage = {
          platform: 'local',
          userKey: playgroundUserKey(user),
          conversationKey: playgroundUserKey(user),
          isDirect: true,
        };
        if (body['start'] === true) {
          res.json({ replies: await respond(msg, true, origin) });
          return;
        }
        if (body['inbox'] === true) {
          res.json({ replies: await respond(msg, 'inbox', origin) });
          return;
        }
        if (body['value'] !== undefined) {
          const action = parseTeamsSubmit(body['value']);
          if (!action) {
            res.status(400);
            res.json({ error: 'That button value is not one of ours.' });
            return;
          }
          msg.action = action;
        } else if (typeof body['text'] === 'string' && body['text'].length <= 4000) {
          msg.text = body['text'];
          // People picked from the @ list, then anyone known typed as "@Name".
          const sent = Array.isArray(body['mentions']) ? body['mentions'].slice(0, 10).map(parsePerson) : [];
          const mentioned = new Map<string, PlaygroundPerson>();
          for (const p of sent) if (p && p.id !== user && people.add(p)) mentioned.set(p.id, p);
          for (const p of people.namedIn(body['text'])) if (p.id !== user && !mentioned.has(p.id)) mentioned.set(p.id, p);
          if (mentioned.size > 0) msg.mentions = [...mentioned.values()].map((p) => ({ userKey: playgroundUserKey(p.id), name: p.name }));
        } else {
          res.status(400);
          res.json({ error: 'Send "text" (up to 4,000 characters) or a button "value".' });
          return;
        }
        res.json({ replies: await respond(msg, false, origin) });
      },
    },
  ];
}

const PAGE = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Career Companion playground</title>
<link rel="icon" href="data:,">
<style>
  * { box-sizing: border-box; }
  body { font-family: "Segoe UI", system-ui, Arial, sans-serif; margin: 0; background: #f5f5f5; color: #242424; }
  header { background: #005eb8; color: #fff; padding: 10px 16px; }
  header h1 { font-size: 1.1rem; margin: 0; }
  header p { margin: 4px 0 0; font-size: 0.85rem; }
  main { max-width: 760px; margin: 0 auto; padding: 12px; }
  #log { display: flex; flex-direction: column; gap: 10px; padding-bottom: 96px; }
  .me { align-self: flex-end; background: #e8ebfa; color: #242424; padding: 8px 12px; border-radius: 6px; max-width: 80%; white-space: pre-wrap; overflow-wrap: anywhere; }
  .bot { align-self: flex-start; background: #fff; border-radius: 6px; box-shadow: 0 1px 2px rgba(0,0,0,.14); width: 100%; max-width: 640px; }
  .download { display: block; padding: 6px 12px; font-size: .9rem; color: #0f548c; }
  /* Adaptive Cards, as Teams shows them: rows of buttons wrap, nothing is cut off. */
  .bot .ac-adaptiveCard { border-radius: 6px; }
  .bot .ac-textBlock { overflow-wrap: anywhere; }
  .bot .ac-textBlock p { margin: 0; }
  .bot .ac-textBlock p + p, .bot .ac-textBlock p + ul, .bot .ac-textBlock p + ol, .bot .ac-textBlock ul + p, .bot .ac-textBlock ol + p { margin-top: 6px; }
  .bot .ac-textBlock ul, .bot .ac-textBlock ol { margin: 0; padding-left: 22px; }
  .bot .ac-textBlock a { color: #0f548c; }
  .bot .ac-actionSet { flex-wrap: wrap; gap: 8px; }
  .bot .ac-pushButton { font: inherit; font-size: 14px; font-weight: 600; color: #242424; background: #fff; border: 1px solid #d1d1d1; border-radius: 4px; padding: 5px 12px; min-height: 32px; max-width: 100%; min-width: 0; cursor: pointer; text-align: center; }
  .bot .ac-pushButton > div { white-space: normal; overflow-wrap: anywhere; }
  .bot .ac-pushButton:hover { background: #f5f5f5; }
  .bot .ac-pushButton.style-positive { background: #4f52b2; border-color: #4f52b2; color: #fff; }
  .bot .ac-pushButton.style-destructive { color: #b10e1c; }
  .bot .ac-pushButton:focus-visible, form button:focus-visible, #people button:focus-visible { outline: 2px solid #242424; outline-offset: 2px; }
  .bot .ac-input { font: inherit; font-size: 14px; }
  .bot .ac-input input, .bot .ac-input textarea, .bot .ac-input select, .bot input.ac-input, .bot textarea.ac-input, .bot select.ac-input { max-width: 100%; border: 1px solid #d1d1d1; border-radius: 4px; padding: 5px 8px; }
  .bot img { max-width: 100%; height: auto; }
  .ac-ctrl-overlay { z-index: 10; }
  form#f { position: fixed; bottom: 0; left: 0; right: 0; background: #fff; border-top: 1px solid #d1d1d1; padding: 10px; display: flex; gap: 8px; justify-content: center; }
  #t { flex: 1; min-width: 0; max-width: 620px; padding: 9px; font-size: 1rem; border: 2px solid #616161; border-radius: 4px; }
  form button, #people button { font: inherit; border-radius: 4px; cursor: pointer; }
  form#f button { background: #4f52b2; color: #fff; border: 0; padding: 9px 16px; font-size: 1rem; }
  form#f button#at { background: #fff; color: #242424; border: 2px solid #616161; padding: 9px 12px; font-weight: 600; }
  #people { position: fixed; bottom: 66px; left: 10px; right: 10px; max-width: 420px; margin: 0 auto; background: #fff; border: 1px solid #d1d1d1; border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.2); padding: 12px; z-index: 5; }
  #people h2 { font-size: 1rem; margin: 0 0 8px; }
  #people ul { list-style: none; margin: 0 0 8px; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
  #people ul button { background: #fff; border: 1px solid #d1d1d1; padding: 6px 10px; color: #242424; }
  #people form { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; }
  #people label { width: 100%; font-size: .9rem; }
  #people input { flex: 1; min-width: 0; padding: 6px; font: inherit; border: 2px solid #616161; border-radius: 4px; }
  #people form button, #people #close { background: #4f52b2; color: #fff; border: 0; padding: 7px 12px; }
  #people #close { background: #fff; color: #242424; border: 1px solid #d1d1d1; margin-top: 8px; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
</style>
</head>
<body>
<header><h1>Career Companion playground</h1><p>Replies are shown as Adaptive Cards, as Microsoft Teams shows them on a phone. To mention someone, type @ or press the @ button. <span id="who"></span></p></header>
<main><div id="log" aria-live="polite"></div></main>
<div id="people" role="dialog" aria-labelledby="people-h" hidden>
  <h2 id="people-h">Mention someone</h2>
  <ul id="people-list"></ul>
  <form id="newp"><label for="pn">Someone else: type their name</label><input id="pn" type="text" autocomplete="off" maxlength="60"><button>Mention</button></form>
  <button type="button" id="close">Close</button>
</div>
<form id="f"><button type="button" id="at" aria-haspopup="dialog" aria-controls="people" aria-label="Mention someone">@</button><label for="t" class="visually-hidden">Message</label><input id="t" type="text" autocomplete="off" placeholder="Type a message" maxlength="4000"><button>Send</button></form>
<script src="/playground/adaptivecards.js"></script>
<script src="/playground/markdown.js"></script>
<script>
(function () {
  var log = document.getElementById('log');
  var input = document.getElementById('t');
  var params = new URLSearchParams(location.search);
  var user = params.get('user');
  if (user && /^[A-Za-z0-9_-]{1,64}$/.test(user)) {
    document.getElementById('who').textContent = 'You are chatting as ' + user + '.';
  } else {
    user = localStorage.getItem('cc-user');
    if (!user) { user = 'web-' + Math.random().toString(36).slice(2, 12); localStorage.setItem('cc-user', user); }
  }
  // Markdown as Teams on a phone reads it (see src/channels/local/markdown.ts).
  AdaptiveCards.AdaptiveCard.onProcessMarkdown = function (text, result) {
    result.outputHtml = window.teamsMobileMarkdown(String(text));
    result.didProcess = true;
  };
  // Teams shows up to six actions in a row, then a "..." menu with the rest.
  AdaptiveCards.GlobalSettings.allowMoreThanMaxActionsInOverflowMenu = true;
  var hostConfig = new AdaptiveCards.HostConfig({
    fontFamily: '"Segoe UI", system-ui, Arial, sans-serif',
    spacing: { small: 4, default: 8, medium: 12, large: 16, extraLarge: 24, padding: 14 },
    fontSizes: { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 },
    containerStyles: {
      default: { backgroundColor: '#FFFFFF', foregroundColors: {
        default: { default: '#242424', subtle: '#616161' }, accent: { default: '#0F548C', subtle: '#0F548C' },
        attention: { default: '#B10E1C', subtle: '#B10E1C' }, good: { default: '#0E700E', subtle: '#0E700E' },
        warning: { default: '#835B00', subtle: '#835B00' }, dark: { default: '#242424', subtle: '#616161' }, light: { default: '#FFFFFF', subtle: '#FFFFFF' } } }
    },
    textBlock: { headingLevel: 2 },
    actions: { maxActions: 6, actionsOrientation: 'horizontal', actionAlignment: 'left', buttonSpacing: 0, allowTitleToWrap: true, spacing: 'default' }
  });
  function scroll() { window.scrollTo(0, document.body.scrollHeight); }
  function addMine(text) { var d = document.createElement('div'); d.className = 'me'; d.textContent = text; log.appendChild(d); scroll(); }
  function addReplies(replies) {
    replies.forEach(function (r) {
      r.cards.forEach(function (json) {
        var card = new AdaptiveCards.AdaptiveCard();
        card.hostConfig = hostConfig;
        card.onExecuteAction = function (action) {
          if (action instanceof AdaptiveCards.SubmitAction) {
            addMine(action.title || 'Button');
            send({ value: action.data });
          } else if (action instanceof AdaptiveCards.OpenUrlAction && /^https?:/.test(action.url)) {
            window.open(action.url, '_blank', 'noopener');
          }
        };
        card.parse(json);
        var box = document.createElement('div'); box.className = 'bot';
        box.appendChild(card.render());
        log.appendChild(box);
      });
      (r.attachments || []).forEach(function (a) {
        var link = document.createElement('a'); link.className = 'download';
        link.href = URL.createObjectURL(new Blob([a.content], { type: a.contentType }));
        link.download = a.filename; link.textContent = 'Download ' + a.filename;
        log.appendChild(link);
      });
    });
    scroll();
  }
  // For the browser test: show cards made in the test, e.g. a row of more than six buttons.
  window.playgroundShow = addReplies;
  var busy = 0;
  function send(body) {
    body.user = user;
    busy++; document.body.setAttribute('data-busy', String(busy));
    return fetch('/playground/messages', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (r) { return r.json(); })
      .then(function (j) { if (j.replies) addReplies(j.replies); else if (j.error) alert(j.error); })
      .finally(function () { busy--; document.body.setAttribute('data-busy', String(busy)); });
  }

  // Mentions: the people picked since the last message.
  var picked = [];
  var panel = document.getElementById('people');
  var list = document.getElementById('people-list');
  var typedAt = false;
  function slug(name) { return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || ('person-' + Math.random().toString(36).slice(2, 8)); }
  function openPeople(fromTyping) {
    typedAt = fromTyping;
    fetch('/playground/people').then(function (r) { return r.json(); }).then(function (j) {
      list.textContent = '';
      j.people.filter(function (p) { return p.id !== user; }).forEach(function (p) {
        var li = document.createElement('li'); var b = document.createElement('button'); b.type = 'button';
        b.textContent = p.name; b.addEventListener('click', function () { mention(p); });
        li.appendChild(b); list.appendChild(li);
      });
      panel.hidden = false;
      var first = list.querySelector('button'); (first || document.getElementById('pn')).focus();
    });
  }
  function closePeople() { panel.hidden = true; input.focus(); }
  function mention(p) {
    var v = input.value;
    if (typedAt && v.slice(-1) === '@') v = v.slice(0, -1);
    if (v && !/\\s$/.test(v)) v += ' ';
    input.value = v + '@' + p.name + ' ';
    picked.push(p);
    closePeople();
  }
  document.getElementById('at').addEventListener('click', function () { if (panel.hidden) openPeople(false); else closePeople(); });
  document.getElementById('close').addEventListener('click', closePeople);
  document.getElementById('newp').addEventListener('submit', function (e) {
    e.preventDefault();
    var pn = document.getElementById('pn'); var name = pn.value.trim(); if (!name) return;
    pn.value = ''; mention({ id: slug(name), name: name });
  });
  panel.addEventListener('keydown', function (e) { if (e.key === 'Escape') closePeople(); });
  input.addEventListener('input', function () {
    var v = input.value;
    if (v.slice(-1) === '@' && (v.length === 1 || /\\s/.test(v.slice(-2, -1)))) openPeople(true);
  });
  document.getElementById('f').addEventListener('submit', function (e) {
    e.preventDefault();
    var text = input.value.trim(); if (!text) return;
    var mentions = picked.filter(function (p) { return text.indexOf('@' + p.name) >= 0; });
    picked = [];
    input.value = ''; addMine(text);
    send(mentions.length ? { text: text, mentions: mentions } : { text: text });
  });
  send({ start: true }).then(function () { return send({ inbox: true }); });
  // Check-ins, reminders and shared plans for this playground user arrive here.
  setInterval(function () { send({ inbox: true }); }, 15000);
})();
</script>
</body>
</html>
`;
