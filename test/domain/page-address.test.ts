import { describe, expect, it } from 'vitest';
import {
  breakAddress,
  breakOf,
  composeOf,
  guardedOf,
  logOf,
  nudgeFromOf,
  pageAddress,
  SECTION_IDS,
  sectionAddress,
  sectionOf,
} from '../../src/domain/page-address';

// What each page reads from an address made for it.
const parts = (address: string) => {
  const url = new URL(address, 'chrome-extension://tend');
  return { search: url.search, hash: url.hash };
};

describe('page addresses', () => {
  it('lead the options page to its section, saying which nudge opened it', () => {
    const address = pageAddress({ page: 'options', section: 'hours', from: 'boundary' });
    expect(address).toBe('/options.html?from=boundary#hours');
    expect(sectionOf(parts(address).hash)).toBe('hours');
    expect(nudgeFromOf(parts(address).search)).toBe('boundary');
  });

  it('carry a check-in to log whatever its id holds', () => {
    const log = { checkInId: 'a&date=x#y', date: '2026-11-23' };
    const address = pageAddress({
      page: 'options',
      section: 'connections',
      from: 'check-in-log',
      log,
    });
    expect(logOf(parts(address).search)).toEqual(log);
    expect(sectionOf(parts(address).hash)).toBe('connections');
  });

  it.each(['a&b', 'a#b', 'a:b', 'a%b', '%3A', 'a b', 'a+b', ' &date=x#y?z= '])(
    'carry an id %j whole to the composer and the connection log',
    (odd) => {
      expect(composeOf(parts(pageAddress({ page: 'popup', compose: odd })).search)).toBe(odd);
      const log = { checkInId: odd, date: '2026-11-23' };
      const address = pageAddress({ page: 'options', section: 'connections', log });
      expect(logOf(parts(address).search)).toEqual(log);
      expect(sectionOf(parts(address).hash)).toBe('connections');
    },
  );

  it('carry a person to write to, and a break to start', () => {
    const compose = pageAddress({ page: 'popup', compose: 'sam&x=1' });
    expect(composeOf(parts(compose).search)).toBe('sam&x=1');
    expect(pageAddress({ page: 'popup' })).toBe('/popup.html');
    const start = pageAddress({ page: 'break', kind: 'long', start: true });
    expect(breakOf(parts(start).search)).toEqual({ kind: 'long', start: true });
    expect(breakOf('')).toEqual({ kind: 'short', start: false });
  });

  it("give the popup's links the same addresses as the full builder", () => {
    for (const section of SECTION_IDS) {
      expect(sectionAddress(section)).toBe(pageAddress({ page: 'options', section }));
      expect(sectionOf(parts(sectionAddress(section)).hash)).toBe(section);
    }
    const started = breakAddress('short', true);
    expect(breakOf(parts(started).search)).toEqual({ kind: 'short', start: true });
    expect(breakOf(parts(breakAddress('long')).search)).toEqual({ kind: 'long', start: false });
  });

  it('carry the address the guard stands in for', () => {
    const to = 'https://cms.example.org/case?id=1#notes';
    expect(guardedOf(parts(pageAddress({ page: 'guard', to })).search)).toBe(to);
  });

  it('fall back to the first section and no banner for what they do not know', () => {
    expect(sectionOf('#nowhere')).toBe('network');
    expect(nudgeFromOf('?from=<script>')).toBeNull();
  });
});
