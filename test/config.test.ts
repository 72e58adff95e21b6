import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('starts with no settings at all, for local use', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3978);
    expect(c.host).toBe('127.0.0.1');
    expect(c.playground).toBe(true);
    expect(c.slack.enabled).toBe(false);
    expect(c.teams.appId).toBeUndefined();
  });

  it('treats empty values as unset, as in a copied .env.example', () => {
    const c = loadConfig({ PORT: '', SLACK_BOT_TOKEN: '', MicrosoftAppId: '', PLAYGROUND: '' });
    expect(c.port).toBe(3978);
    expect(c.slack.enabled).toBe(false);
  });

  it('names the variable and what is expected', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT: expected a whole number from 0 to 65535 \(got "abc"\)/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL: expected one of/);
    expect(() => loadConfig({ SLACK_API_URL: 'not a url', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_API_URL/);
  });

  it('takes BACKUP_MAX_AGE_DAYS as a whole number of days, 35 by default', () => {
    expect(loadConfig({}).backup.maxAgeDays).toBe(35);
    expect(loadConfig({ BACKUP_MAX_AGE_DAYS: '7' }).backup.maxAgeDays).toBe(7);
    for (const bad of ['0', '-3', '1.5', 'soon', '4000']) {
      expect(() => loadConfig({ BACKUP_MAX_AGE_DAYS: bad })).toThrow(/BACKUP_MAX_AGE_DAYS: expected a whole number of days from 1 to 3650/);
    }
  });

  it('never shows a secret value in an error', () => {
    try {
      loadConfig({ SLACK_BOT_TOKEN: 'not-a-real-token-value' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toContain('SLACK_BOT_TOKEN');
      expect((err as Error).message).not.toContain('not-a-real-token-value');
    }
  });

  it('refuses to run anonymously in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', PLAYGROUND: 'off' })).toThrow(/MicrosoftAppId: must be set when NODE_ENV=production/);
    expect(() => loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'p', PLAYGROUND: 'on' })).toThrow(/PLAYGROUND: must be off/);
    const ok = loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'p' });
    expect(ok.playground).toBe(false);
    expect(ok.host).toBe('0.0.0.0');
    expect(() =>
      loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'p', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }),
    ).toThrow(/SLACK_SIGNING_SECRET: must be set when NODE_ENV=production/);
  });

  it('turns Slack on over HTTP or Socket Mode', () => {
    const http = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'http://127.0.0.1:9/api' });
    expect(http.slack).toMatchObject({ enabled: true, mode: 'http', apiUrl: 'http://127.0.0.1:9/api/' });
    const socket = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(socket.slack).toMatchObject({ enabled: true, mode: 'socket' });
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_BOT_TOKEN: must be set/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET: must be set for Slack over HTTP/);
  });
});
