import { describe, expect, it } from 'vitest';
import {
  insideWorkday,
  guardDecision,
  guardedOrigin,
  guardTarget,
  pageOrigin,
  patternsToRelease,
  siteOrigin,
  sitePattern,
  sitePatterns,
  type GuardInput,
} from '../../src/domain/guard';
import type { GuardSettings } from '../../src/domain/types';
import { workdaysAround } from '../../src/domain/workday';
import { at, settingsIn, when, withHours } from './planner-fixtures';

describe('siteOrigin', () => {
  it.each([
    ['cms.example.org', 'https://cms.example.org'],
    ['  cms.example.org  ', 'https://cms.example.org'],
    ['CMS.Example.ORG/Cases?id=3#top', 'https://cms.example.org'],
    ['https://cms.example.org/path', 'https://cms.example.org'],
    ['https://cms.example.org:443/', 'https://cms.example.org'],
    ['cms.example.org:8443/login', 'https://cms.example.org:8443'],
    ['http://intranet.example.org', 'http://intranet.example.org'],
    ['http://casesystem', 'http://casesystem'],
    ['http://127.0.0.1:8080/cases', 'http://127.0.0.1:8080'],
    ['localhost:3000', 'https://localhost:3000'],
    ['http://[::1]:8080/', 'http://[::1]:8080'],
    ['mail.bücher.example', 'https://mail.xn--bcher-kva.example'],
    ['HTTPS://outlook.office.com/mail/', 'https://outlook.office.com'],
  ])('reads %j as %s', (input, origin) => {
    expect(siteOrigin(input)).toBe(origin);
  });

  it.each([
    [''],
    ['   '],
    ['cms'],
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(document.cookie)'],
    ['\u0000javascript:alert(1)'],
    ['\u0001https://cms.example.org'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['blob:https://cms.example.org/1234'],
    ['file:///etc/passwd'],
    ['ftp://files.example.org'],
    ['chrome://settings'],
    ['chrome-extension://abcdefghijklmnop/options.html'],
    ['moz-extension://1234/options.html'],
    ['mailto:someone@example.org'],
    ['https:cms.example.org'],
    ['https://user:secret@cms.example.org'],
    ['https://user@cms.example.org'],
    ['https://*.example.org'],
    ['*.example.org'],
    ['https://cms.example.org./'],
    ['https://cms..example.org'],
    ['https://-cms.example.org'],
    ['https://cms_case.example.org'],
    ['cms example org'],
    ['<img src=x onerror=alert(1)>'],
    ['"><script>alert(1)</script>'],
    ['https://'],
    ['https://:8080'],
    ['https://cms.example.org:99999'],
    ['//'],
    [`${'a'.repeat(3000)}.example.org`],
    [`https://${'a'.repeat(64)}.example.org`],
  ])('refuses %j', (input) => {
    expect(siteOrigin(input)).toBeNull();
  });
});

describe('sitePattern', () => {
  it('covers the whole host, since Firefox patterns cannot name a port', () => {
    expect(sitePattern('https://cms.example.org')).toBe('https://cms.example.org/*');
    expect(sitePattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*');
  });

  it('gives back only the hosts no remaining site needs', () => {
    expect(patternsToRelease(['http://127.0.0.1:8080'], ['http://127.0.0.1:9090'])).toEqual([]);
    expect(
      patternsToRelease(
        ['https://cms.example.org', 'http://127.0.0.1:8080'],
        ['https://x.example'],
      ),
    ).toEqual(['https://cms.example.org/*', 'http://127.0.0.1/*']);
  });

  it('names each host once', () => {
    expect(
      sitePatterns(['http://127.0.0.1:8080', 'http://127.0.0.1:9090', 'https://mail.example.org']),
    ).toEqual(['http://127.0.0.1/*', 'https://mail.example.org/*']);
  });
});

describe('pageOrigin and guardedOrigin', () => {
  const guard: GuardSettings = { enabled: true, sites: ['https://cms.example.org'] };

  it.each([
    ['https://cms.example.org/cases/12?tab=notes', 'https://cms.example.org'],
    ['https://CMS.example.org:443/', 'https://cms.example.org'],
  ])('finds the guarded site of %s', (url, origin) => {
    expect(guardedOrigin(guard, url)).toBe(origin);
  });

  it.each([
    ['http://cms.example.org/'],
    ['https://cms.example.org:8443/'],
    ['https://other.example.org/'],
    ['https://cms.example.org.evil.example/'],
    ['chrome-extension://abc/guard.html?to=https://cms.example.org/'],
    ['about:blank'],
    ['not a url'],
  ])('finds no guarded site in %s', (url) => {
    expect(guardedOrigin(guard, url)).toBeNull();
  });

  it('has no origin for anything but http(s) pages', () => {
    expect(pageOrigin('javascript:alert(1)')).toBeNull();
    expect(pageOrigin('data:text/html,hi')).toBeNull();
    expect(pageOrigin('http://127.0.0.1:5000/a')).toBe('http://127.0.0.1:5000');
  });
});

describe('guardTarget', () => {
  const guard: GuardSettings = { enabled: true, sites: ['https://cms.example.org'] };

  it('passes on a page of a guarded site, as the parser writes it', () => {
    expect(guardTarget(guard, 'https://CMS.example.org/cases/12?tab=notes#n')).toEqual({
      origin: 'https://cms.example.org',
      href: 'https://cms.example.org/cases/12?tab=notes#n',
    });
  });

  it.each([
    [''],
    ['javascript:alert(1)'],
    ['javascript://cms.example.org/%0Aalert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['https://other.example.org/'],
    ['https://cms.example.org.evil.example/'],
    ['https://evil.example/?https://cms.example.org/'],
    ['http://cms.example.org/'],
    ['https://user:pw@cms.example.org/'],
    ['/cases/12'],
    ['cms.example.org/cases'],
    [`https://cms.example.org/${'a'.repeat(9000)}`],
  ])('refuses %j', (to) => {
    expect(guardTarget(guard, to)).toBeNull();
  });
});

describe('guardDecision', () => {
  const ZONE = 'Europe/London';
  const CMS = 'https://cms.example.org';
  const office = settingsIn(ZONE);
  const guard: GuardSettings = { enabled: true, sites: [CMS, 'https://mail.example.org'] };

  function decide(iso: string, overrides: Partial<GuardInput> = {}) {
    const now = when(iso);
    return guardDecision({
      settings: guard,
      workdays: workdaysAround(office.schedule, now),
      passes: { openUntil: {} },
      url: `${CMS}/cases/12`,
      now,
      ...overrides,
    });
  }

  // Wednesday 25 November 2026, office hours 09:00–17:00 in London (UTC in winter).
  it.each([
    ['00:30', 'guard'],
    ['07:00', 'guard'],
    ['08:59', 'guard'],
    ['09:00', 'allow'],
    ['12:00', 'allow'],
    ['16:59', 'allow'],
    ['17:00', 'guard'],
    ['19:30', 'guard'],
    ['23:59', 'guard'],
  ] as const)('at %s on a workday it decides %s', (time, decision) => {
    expect(decide(`2026-11-25T${time}:00Z`)).toBe(decision);
  });

  it.each([['2026-11-28T11:00:00Z'], ['2026-11-29T14:00:00Z']])(
    'guards all day on a day off (%s)',
    (iso) => {
      expect(decide(iso)).toBe('guard');
    },
  );

  it('lets a night shift that began yesterday through until it ends', () => {
    const nights = withHours(office, { start: '22:00', end: '06:00', endsNextDay: true }, [3]);
    const workdaysAt = (iso: string) => workdaysAround(nights.schedule, when(iso));
    expect(decide('2026-11-26T05:30:00Z', { workdays: workdaysAt('2026-11-26T05:30:00Z') })).toBe(
      'allow',
    );
    expect(decide('2026-11-26T06:00:00Z', { workdays: workdaysAt('2026-11-26T06:00:00Z') })).toBe(
      'guard',
    );
  });

  it('reads the workday in the schedule zone, across a daylight-saving change', () => {
    // Monday 30 March 2026: London is on summer time, so 09:00 local is 08:00 UTC.
    expect(decide('2026-03-30T07:59:00Z')).toBe('guard');
    expect(decide('2026-03-30T08:00:00Z')).toBe('allow');
    expect(decide('2026-03-30T16:00:00Z')).toBe('guard');
  });

  it('lets a site through while a pass is still open, and guards again once it expires', () => {
    const passes = { openUntil: { [CMS]: at('2026-11-25T19:45:00Z') } };
    expect(decide('2026-11-25T19:30:00Z', { passes })).toBe('allow');
    expect(decide('2026-11-25T19:44:59Z', { passes })).toBe('allow');
    expect(decide('2026-11-25T19:45:00Z', { passes })).toBe('guard');
    expect(decide('2026-11-25T21:00:00Z', { passes })).toBe('guard');
  });

  it('opens only the site that was passed, not the other guarded ones', () => {
    const passes = { openUntil: { [CMS]: at('2026-11-25T19:45:00Z') } };
    expect(decide('2026-11-25T19:30:00Z', { passes, url: 'https://mail.example.org/inbox' })).toBe(
      'guard',
    );
  });

  it('never guards when the guard is off', () => {
    expect(decide('2026-11-25T21:00:00Z', { settings: { ...guard, enabled: false } })).toBe(
      'allow',
    );
  });

  it.each([
    ['https://news.example.org/'],
    ['http://cms.example.org/'],
    ['chrome-extension://abc/guard.html'],
    ['about:blank'],
    [''],
  ])('never guards a page that is not a guarded site: %j', (url) => {
    expect(decide('2026-11-25T21:00:00Z', { url })).toBe('allow');
  });
});

describe('the guard on an on-call day', () => {
  it('lets the work sites open all evening, when a call may come in', () => {
    const onCall = { date: '2026-11-25', startsAt: 0, endsAt: 1000, onCall: true };
    expect(insideWorkday([onCall], new Date(1000 + 6 * 3600_000))).toBe(true);
    expect(insideWorkday([{ ...onCall, onCall: false }], new Date(1000 + 6 * 3600_000))).toBe(
      false,
    );
  });
});
