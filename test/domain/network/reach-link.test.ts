import { describe, expect, it } from 'vitest';
import { reachLink, type ReachError } from '../../../src/domain/network/reach-link';
import type { ReachKind } from '../../../src/domain/types';

describe('a way to reach someone opens the right channel', () => {
  it.each<[ReachKind, string, string]>([
    ['email', 'ann@example.org', 'mailto:ann@example.org'],
    ['email', '  ann.lee+work@mail.example.co.uk ', 'mailto:ann.lee%2Bwork@mail.example.co.uk'],
    ['email', "o'brien@example.ie", "mailto:o'brien@example.ie"],
    ['email', 'zoë@exämple.de', 'mailto:zo%C3%AB@ex%C3%A4mple.de'],
    ['phone', '+44 20 7946 0958', 'tel:+442079460958'],
    ['phone', '+44 (0)20 7946 0958', 'tel:+442079460958'],
    ['sms', '+44 (0)7700 900123', 'sms:+447700900123'],
    ['phone', '(555) 010-0199', 'tel:5550100199'],
    ['phone', '030.1234.5678', 'tel:03012345678'],
    ['phone', '112', 'tel:112'],
    ['sms', '+1 (555) 010-0199', 'sms:+15550100199'],
    [
      'chat',
      'https://teams.microsoft.com/l/chat/0/0?users=ann@example.org',
      'https://teams.microsoft.com/l/chat/0/0?users=ann@example.org',
    ],
    ['chat', 'https://app.slack.com/client/T123/D456', 'https://app.slack.com/client/T123/D456'],
    ['video', ' https://meet.example.com/abc-defg-hij ', 'https://meet.example.com/abc-defg-hij'],
    ['web', 'HTTPS://Example.org', 'https://example.org/'],
  ])('%s %j opens %s', (kind, value, href) => {
    expect(reachLink({ kind, value })).toEqual({ ok: true, href });
  });

  it.each(['', 'the café on Mill Road', '   '])(
    'in person at %j is a place, never a link',
    (value) => {
      expect(reachLink({ kind: 'in-person', value })).toEqual({ ok: true, href: null });
    },
  );

  it.each<ReachKind>(['email', 'phone', 'sms', 'chat', 'video', 'web'])(
    'an empty %s is refused',
    (kind) => {
      expect(reachLink({ kind, value: ' \t\n ' })).toEqual({ ok: false, error: 'reach-empty' });
    },
  );

  it.each<ReachKind>(['email', 'phone', 'chat', 'in-person'])(
    'a %s of more than 2 000 characters is refused',
    (kind) => {
      const value = `https://example.org/${'a'.repeat(2000)}`;
      expect(reachLink({ kind, value })).toEqual({ ok: false, error: 'reach-too-long' });
    },
  );

  it('accepts a link of exactly 2 000 characters', () => {
    const value = `https://example.org/${'a'.repeat(2000 - 20)}`;
    expect(value).toHaveLength(2000);
    expect(reachLink({ kind: 'web', value }).ok).toBe(true);
  });
});

describe('hostile or broken input never becomes a link', () => {
  it.each<[ReachKind, string, ReachError]>([
    // Script and local schemes, however they are dressed up
    ['web', 'javascript:alert(1)', 'reach-bad-link'],
    ['web', 'JaVaScRiPt:alert(1)', 'reach-bad-link'],
    ['chat', '   javascript:alert(1)', 'reach-bad-link'],
    ['video', '\u0001javascript:alert(1)', 'reach-bad-link'],
    ['web', '\u0000 javascript:alert(1)', 'reach-bad-link'],
    ['web', 'java\tscript:alert(1)', 'reach-bad-link'],
    ['web', 'java\nscript:alert(1)', 'reach-bad-link'],
    ['web', '\u202ejavascript:alert(1)', 'reach-bad-link'],
    ['web', 'javascript://example.org/%0Aalert(1)', 'reach-bad-link'],
    ['web', 'data:text/html,<script>alert(1)</script>', 'reach-bad-link'],
    ['chat', 'vbscript:msgbox(1)', 'reach-bad-link'],
    ['web', 'file:///etc/passwd', 'reach-bad-link'],
    ['web', 'blob:https://example.org/0a1b', 'reach-bad-link'],
    ['web', 'chrome-extension://abcdef/options.html', 'reach-bad-link'],
    ['chat', 'slack://open?team=T123', 'reach-bad-link'],
    ['web', 'ftp://example.org/file', 'reach-bad-link'],
    ['web', 'http://example.org', 'reach-bad-link'],
    ['web', '//evil.example/path', 'reach-bad-link'],
    ['web', 'example.org', 'reach-bad-link'],
    ['web', 'https://exa mple.org', 'reach-bad-link'],
    ['web', 'https://example.org/\u0007', 'reach-bad-link'],
    // Credentials that make a link look like somewhere it is not
    ['web', 'https://a@b', 'reach-bad-link'],
    ['video', 'https://bank.example@evil.example/login', 'reach-bad-link'],
    ['chat', 'https://user:secret@example.org', 'reach-bad-link'],
    ['chat', 'https://:secret@example.org', 'reach-bad-link'],
    // Mail headers, extra recipients and schemes smuggled into an address
    ['email', 'a@b.com?bcc=x@y.com', 'reach-bad-email'],
    ['email', 'a@b.com?subject=hi', 'reach-bad-email'],
    ['email', 'a@b.com\nbcc:x@y.com', 'reach-bad-email'],
    ['email', 'a@b.com\r\nbcc: x@y.com', 'reach-bad-email'],
    ['email', 'a@b.com%0Abcc=x@y.com', 'reach-bad-email'],
    ['email', 'a@b.com,c@d.com', 'reach-bad-email'],
    ['email', 'a@b.com;c@d.com', 'reach-bad-email'],
    ['email', 'Ann <ann@example.org>', 'reach-bad-email'],
    ['email', '<ann@example.org>', 'reach-bad-email'],
    ['email', '"ann"@example.org', 'reach-bad-email'],
    ['email', 'mailto:ann@example.org', 'reach-bad-email'],
    ['email', 'javascript:alert(1)//@example.org', 'reach-bad-email'],
    ['email', 'ann@example.org&body=hi', 'reach-bad-email'],
    ['email', 'ann@@example.org', 'reach-bad-email'],
    ['email', 'ann@b@example.org', 'reach-bad-email'],
    ['email', 'ann example@example.org', 'reach-bad-email'],
    ['email', 'ann@localhost', 'reach-bad-email'],
    ['email', 'ann@example.org.', 'reach-bad-email'],
    ['email', 'ann..lee@example.org', 'reach-bad-email'],
    ['email', '.ann@example.org', 'reach-bad-email'],
    ['email', 'ann@-example.org', 'reach-bad-email'],
    ['email', 'ann@example', 'reach-bad-email'],
    ['email', 'example.org', 'reach-bad-email'],
    ['email', `${'a'.repeat(65)}@example.org`, 'reach-bad-email'],
    ['email', `ann@${`${'a'.repeat(60)}.`.repeat(5)}org`, 'reach-bad-email'],
    ['email', 'ann\u200b@example.org', 'reach-bad-email'],
    // Phone numbers are digits and the separators people type, nothing else
    ['phone', 'javascript:alert(1)', 'reach-bad-phone'],
    ['phone', '0800-FLOWERS', 'reach-bad-phone'],
    ['phone', '+44 20 7946 0958;ext=1', 'reach-bad-phone'],
    ['phone', '+44 20 7946 0958?call', 'reach-bad-phone'],
    ['phone', '12', 'reach-bad-phone'],
    ['phone', '1'.repeat(21), 'reach-bad-phone'],
    ['phone', '44+20 7946 0958', 'reach-bad-phone'],
    ['phone', '++44 20 7946 0958', 'reach-bad-phone'],
    ['phone', '020\n7946 0958', 'reach-bad-phone'],
    ['phone', '٠٢٠٧٩٤٦٠٩٥٨', 'reach-bad-phone'],
    ['sms', '+1 555 0100?body=hi', 'reach-bad-phone'],
    ['sms', 'tel:+15550100', 'reach-bad-phone'],
  ])('%s %j is refused with %s', (kind, value, error) => {
    expect(reachLink({ kind, value })).toEqual({ ok: false, error });
  });
});
