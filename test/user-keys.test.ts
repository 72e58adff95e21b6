import { describe, expect, it } from 'vitest';
import { emailOf, findUserKey, formatUserKey, isUserKey, normaliseKey, parseUserKey, platformOf, slackIdsOf } from '../src/user-keys.js';
import { loadConfig } from '../src/config.js';

const GUID = '0a1b2c3d-4e5f-6789-abcd-ef0123456789';

describe('user keys', () => {
  it('reads each kind of key into its parts, in stored form', () => {
    expect(parseUserKey('teams:29:abc')).toEqual({ kind: 'teams', id: '29:abc' });
    expect(parseUserKey('slack:T01:U02')).toEqual({ kind: 'slack', team: 'T01', user: 'U02' });
    expect(parseUserKey('slack:t01:u02')).toEqual({ kind: 'slack', team: 'T01', user: 'U02' });
    expect(parseUserKey('local:u1')).toEqual({ kind: 'local', id: 'u1' });
    expect(parseUserKey('local:playground:web-1')).toEqual({ kind: 'local', id: 'playground:web-1' });
    expect(parseUserKey(`AAD:${GUID.toUpperCase()}`)).toEqual({ kind: 'aad', objectId: GUID });
    expect(parseUserKey('email:Sam.Jones@Example.NHS.uk')).toEqual({ kind: 'email', address: 'sam.jones@example.nhs.uk' });
    expect(parseUserKey('  teams:29:abc  ')).toEqual({ kind: 'teams', id: '29:abc' });
  });

  it('refuses what is not a key', () => {
    for (const k of ['', 'abc', ':abc', 'teams:', 'teams:a b', 'slack:T01', 'slack:T01:U02:X', 'slack:T-1:U02', 'aad:not-a-guid', 'email:nobody', 'email:a b@c.d', 'skype:abc']) {
      expect(parseUserKey(k), k).toBeUndefined();
      expect(normaliseKey(k), k).toBeUndefined();
    }
  });

  it('writes parts back as the key, so stored keys come back the same', () => {
    for (const k of ['teams:29:abc', 'slack:T01:U02', 'local:u1', `aad:${GUID}`, 'email:x@y.org']) {
      expect(formatUserKey(parseUserKey(k)!)).toBe(k);
      expect(normaliseKey(k)).toBe(k);
    }
    expect(normaliseKey('Slack:t01:u02')).toBe('slack:T01:U02');
    expect(normaliseKey('EMAIL:X@Y.ORG')).toBe('email:x@y.org');
  });

  it('knows the platform, and which keys can be messaged', () => {
    expect(platformOf('teams:29:abc')).toBe('teams');
    expect(platformOf('slack:T01:U02')).toBe('slack');
    expect(platformOf('email:x@y.org')).toBe('email');
    expect(platformOf('nokey')).toBe('');
    expect(platformOf(':x')).toBe('');
    for (const k of ['teams:29:abc', 'slack:T01:U02', 'local:u1']) expect(isUserKey(k), k).toBe(true);
    for (const k of [`aad:${GUID}`, 'email:x@y.org', 'teams:', 'teams:a b', 'Teams:29:abc', 'csv', 'system']) expect(isUserKey(k), k).toBe(false);
  });

  it('gives the Slack ids, the email address, and a key typed in a sentence', () => {
    expect(slackIdsOf('slack:T01:U02')).toEqual({ team: 'T01', user: 'U02' });
    expect(slackIdsOf('teams:29:abc')).toBeUndefined();
    expect(emailOf('email:x@y.org')).toBe('x@y.org');
    expect(emailOf('teams:29:abc')).toBeUndefined();
    expect(emailOf(undefined)).toBeUndefined();
    expect(findUserKey('enrol teams:29:abc on new to care')).toBe('teams:29:abc');
    expect(findUserKey('my manager is slack:T01:U02')).toBe('slack:T01:U02');
    expect(findUserKey('my manager is Jo')).toBeUndefined();
  });

  it('is the rule ADMIN_USERS is checked with', () => {
    expect(loadConfig({ ADMIN_USERS: 'teams:29:1abc, slack:T01:U02,local:admin' }).privacy.admins).toEqual(['teams:29:1abc', 'slack:T01:U02', 'local:admin']);
    expect(() => loadConfig({ ADMIN_USERS: `aad:${GUID}` })).toThrow(/ADMIN_USERS: expected user keys separated by commas/);
    expect(() => loadConfig({ ADMIN_USERS: 'jo@example.org' })).toThrow(/ADMIN_USERS/);
  });
});
