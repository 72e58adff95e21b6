/**
 * Baseline: a bare Bolt app that only acknowledges a direct message and posts a
 * reply, mounted on restify exactly as Career Companion mounts Slack.
 * Prints its port on stdout.
 */
import restify from 'restify';
import bolt from '@slack/bolt';

const { App, HTTPReceiver, LogLevel } = bolt;
const receiver = new HTTPReceiver({ signingSecret: process.env['SLACK_SIGNING_SECRET']!, endpoints: '/slack/events', processBeforeResponse: false, logLevel: LogLevel.ERROR });
const app = new App({
  token: process.env['SLACK_BOT_TOKEN']!,
  receiver,
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: process.env['SLACK_API_URL']!, retryConfig: { retries: 0 } },
});
app.message(async ({ message, client }) => {
  const m = message as unknown as { channel: string; text?: string };
  await client.chat.postMessage({ channel: m.channel, text: `You said: ${m.text ?? ''}` });
});
const server = restify.createServer({ handleUncaughtExceptions: false });
server.post('/slack/events', (async (req: restify.Request, res: restify.Response) => {
  await new Promise<void>((resolve) => {
    res.once('finish', resolve);
    res.once('close', resolve);
    receiver.requestListener(req, res);
  });
}) as never);
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`PORT ${(server.address() as { port: number }).port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
