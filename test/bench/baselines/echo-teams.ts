/**
 * Baseline: a bare botbuilder echo bot on the same restify setup as Career
 * Companion (JSON body parser on the route, CloudAdapter without credentials).
 * Prints its port on stdout.
 */
import restify from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({} as Record<string, string>));
const server = restify.createServer({ handleUncaughtExceptions: false });
server.post('/api/messages', ...(restify.plugins.bodyParser({ maxBodySize: 1024 * 1024, mapParams: false }) as never[]), (async (req: restify.Request, res: restify.Response) => {
  await adapter.process(req as never, res as never, async (context) => {
    if (context.activity.type === 'message') await context.sendActivity(`You said: ${context.activity.text ?? ''}`);
  });
}) as never);
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`PORT ${(server.address() as { port: number }).port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
