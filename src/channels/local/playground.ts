/**
 * The web playground: GET / shows a chat page that renders the bot's replies
 * as Adaptive Cards, the way Teams shows them, with the `adaptivecards`
 * renderer. It needs no credentials and is off in production.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Bot } from '../../core/runtime.js';
import type { Config } from '../../config.js';
import type { InboundMessage } from '../../core/messages.js';
import type { RouteDef } from '../../server.js';
import { parseTeamsSubmit, renderAdaptiveCards } from '../teams/render.js';
import type { LocalInbox } from '../messenger.js';

const require = createRequire(import.meta.url);

export interface PlaygroundOptions {
  bot: Bot;
  config: Config;
  /** Messages sent to playground users outside a turn (reminders, check-ins). */
  inbox: LocalInbox;
}

const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function playgroundRoutes({ bot, config, inbox }: PlaygroundOptions): RouteDef[] {
  let cardsScript: Promise<string> | undefined;
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
          userKey: `local:playground:${user}`,
          conversationKey: `local:playground:${user}`,
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
<style>
  body { font-family: "Segoe UI", Arial, sans-serif; margin: 0; background: #f0f4f5; color: #212b32; }
  header { background: #005eb8; color: #fff; padding: 12px 20px; }
  header h1 { font-size: 1.2rem; margin: 0; }
  header p { margin: 4px 0 0; font-size: 0.9rem; }
  main { max-width: 760px; margin: 0 auto; padding: 16px; }
  #log { display: flex; flex-direction: column; gap: 10px; padding-bottom: 90px; }
  .me { align-self: flex-end; background: #005eb8; color: #fff; padding: 8px 12px; border-radius: 12px; max-width: 70%; white-space: pre-wrap; }
  .bot { align-self: flex-start; background: #fff; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.15); max-width: 90%; min-width: 50%; overflow: hidden; }
  .download { display: block; padding: 6px 12px; font-size: .9rem; }
  form { position: fixed; bottom: 0; left: 0; right: 0; background: #fff; border-top: 1px solid #ccc; padding: 12px; display: flex; gap: 8px; justify-content: center; }
  input[type=text] { flex: 1; max-width: 620px; padding: 10px; font-size: 1rem; border: 2px solid #4c6272; border-radius: 4px; }
  button { background: #007f3b; color: #fff; border: 0; padding: 10px 18px; font-size: 1rem; border-radius: 4px; cursor: pointer; }
</style>
</head>
<body>
<header><h1>Career Companion playground</h1><p>Replies are shown as Adaptive Cards, as they look in Microsoft Teams. Nothing here needs a Microsoft or Slack account.</p></header>
<main><div id="log" aria-live="polite"></div></main>
<form id="f"><label for="t" hidden>Message</label><input id="t" type="text" autocomplete="off" placeholder="Type a message, e.g. how do I become a nursing associate?" maxlength="4000"><button>Send</button></form>
<script src="/playground/adaptivecards.js"></script>
<script>
(function () {
  var log = document.getElementById('log');
  var user = localStorage.getItem('cc-user');
  if (!user) { user = 'web-' + Math.random().toString(36).slice(2, 12); localStorage.setItem('cc-user', user); }
  // Teams renders a small, safe subset of Markdown. This does the same: text is
  // HTML-escaped, backslash escapes are removed, and nothing becomes a link.
  AdaptiveCards.AdaptiveCard.onProcessMarkdown = function (text, result) {
    var esc = String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    esc = esc.replace(/\\\\([\\\\\`*_{}\\[\\]()#+\\-.!>~|])/g, '$1');
    esc = esc.replace(/\\*\\*([^*]+)\\*\\*/g, '<strong>$1</strong>').replace(/\\n/g, '<br>');
    result.outputHtml = esc;
    result.didProcess = true;
  };
  function scroll() { window.scrollTo(0, document.body.scrollHeight); }
  function addMine(text) { var d = document.createElement('div'); d.className = 'me'; d.textContent = text; log.appendChild(d); scroll(); }
  function addReplies(replies) {
    replies.forEach(function (r) {
      r.cards.forEach(function (json) {
        var card = new AdaptiveCards.AdaptiveCard();
        card.hostConfig = new AdaptiveCards.HostConfig({ fontFamily: 'Segoe UI, Arial, sans-serif', actions: { actionsOrientation: 'horizontal', maxActions: 12 } });
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
  function send(body) {
    body.user = user;
    return fetch('/playground/messages', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (r) { return r.json(); })
      .then(function (j) { if (j.replies) addReplies(j.replies); else if (j.error) alert(j.error); });
  }
  document.getElementById('f').addEventListener('submit', function (e) {
    e.preventDefault();
    var t = document.getElementById('t'); var text = t.value.trim(); if (!text) return;
    t.value = ''; addMine(text); send({ text: text });
  });
  send({ start: true });
  // Check-ins and reminders for this playground user arrive here.
  setInterval(function () { send({ inbox: true }); }, 15000);
})();
</script>
</body>
</html>
`;
