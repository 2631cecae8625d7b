// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveContact } from '../../src/db/contacts';
import { logInteraction } from '../../src/db/interactions';
import { openDb } from '../../src/db/open';
import { saveSettings } from '../../src/db/settings';
import { addCalendarDays } from '../../src/domain/calendar-date';
import { defaultSettings } from '../../src/domain/settings';
import type { ActivityTransition, Settings } from '../../src/domain/types';
import { zonedInstant } from '../../src/domain/wall-clock';
import { InsightsSection } from '../../src/ui/options/insights/insights-section';
import { aConnection, aContact } from '../db/factories';
// The section loads its charts lazily; loading them up front keeps each test's wait short.
import '../../src/ui/options/insights/insights-view';

afterEach(cleanup);

const zone = 'Europe/London';
const settings: Settings = {
  ...defaultSettings(zone),
  work: { autoStart: true, dailyLimitMinutes: null, weeklyLimitMinutes: 42 * 60 },
};
// The last four complete weeks before Wednesday 18 November 2026.
const MONDAYS = ['2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09'];

beforeEach(() => {
  // Only the clock is fake: IndexedDB's own timers keep running.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-18T12:00:00Z'));
  return () => vi.useRealTimers();
});

async function seedWorseningWeeks() {
  const db = await openDb();
  await saveSettings(db, settings);
  await saveContact(
    db,
    aContact({
      id: 'ana',
      name: 'Ana',
      roles: ['friend'],
      cadence: { kind: 'every', count: 1, unit: 'weeks' },
    }),
  );
  // Each week a little later every evening: 1¼ h, 2½ h, 5 h, then 7½ h over the schedule.
  const endOfDay = ['17:15', '17:30', '18:00', '18:30'];
  const transitions: ActivityTransition[] = MONDAYS.flatMap((monday, week) =>
    [0, 1, 2, 3, 4].flatMap((day) => {
      const date = addCalendarDays(monday, day);
      return [
        { at: zonedInstant(zone, date, '09:00'), state: 'active' as const },
        { at: zonedInstant(zone, date, endOfDay[week]!), state: 'locked' as const },
      ];
    }),
  );
  const tx = db.transaction('activity', 'readwrite');
  await Promise.all([...transitions.map((one) => tx.store.add(one)), tx.done]);
  // Four connections a week, then one.
  const perWeek = [4, 4, 1, 1];
  let id = 0;
  for (const [week, monday] of MONDAYS.entries()) {
    for (let n = 0; n < perWeek[week]!; n += 1) {
      id += 1;
      await logInteraction(
        db,
        aConnection({
          id: `c${id}`,
          at: zonedInstant(zone, addCalendarDays(monday, n), '12:30'),
          contactIds: ['ana'],
          mode: n % 2 === 0 ? 'in-person' : 'video',
        }),
      );
    }
  }
  // Energy falling from 4 to 2.
  for (const [week, monday] of MONDAYS.entries()) {
    await db.put('reflections', {
      id: `r${week}`,
      weekStart: monday,
      energy: [4, 4, 2, 2][week]!,
      stress: 3,
      connected: 3,
      supported: null,
      note: '',
      createdAt: zonedInstant(zone, addCalendarDays(monday, 4), '16:00'),
    });
  }
}

// Drawing a dozen SVG charts is slow in happy-dom (fast in a browser): allow for a loaded machine.
const SLOW = 15_000;

const chart = (id: string) => document.querySelector<HTMLElement>(`[data-chart="${id}"]`)!;

describe('the insights section', () => {
  it(
    'says plainly when several weeks point the wrong way, with one step and a named person',
    async () => {
      await seedWorseningWeeks();
      render(() => <InsightsSection />);

      const card = await screen.findByTestId('insights-signal', {}, { timeout: 5000 });
      expect(within(card).getByRole('heading').textContent).toBe(
        'Several weeks have pointed the wrong way',
      );
      expect(card.textContent).toContain(
        'Over the last few weeks your overtime has been growing, you have logged fewer connections, and your energy or sense of connection has been low or falling.',
      );
      expect(card.textContent).toContain('get in touch with Ana this week.');
      expect(
        within(card).getByRole('link', { name: 'Open your network' }).getAttribute('href'),
      ).toBe('#network');
      expect(card.textContent).toContain(
        'Tend is not a clinical instrument. If you are struggling, talk to someone you trust or a professional.',
      );
    },
    SLOW,
  );

  it(
    'gives every chart a one-line summary, a labelled image and the numbers as a table',
    async () => {
      await seedWorseningWeeks();
      render(() => <InsightsSection />);
      await screen.findByTestId('insights-signal', {}, { timeout: 5000 });

      const hours = chart('insights-hours');
      // 41¼, 42½, 45 and 47½ hours: 44 h 3¾ min on average, three weeks over 42 h.
      expect(hours.querySelector('figcaption')!.textContent).toBe(
        'In the last 4 full weeks you worked 44 h 3 min a week on average, against 40 h 0 min scheduled; 3 of them went over your weekly limit of 42 h 0 min. ' +
          'Tend has measured your hours since the week of Oct 19, 2026; the weeks before are left out, not counted as zero.',
      );
      const row = within(hours)
        .getByRole('rowheader', { name: 'Week of Nov 9, 2026' })
        .closest('tr')!;
      expect([...row.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
        '47 h 30 min',
        '40 h 0 min',
        '42 h 0 min',
      ]);
      expect(
        within(hours)
          .getAllByRole('columnheader')
          .map((cell) => cell.textContent),
      ).toEqual(['Week', 'Worked', 'Scheduled', 'Weekly limit']);
      expect(
        within(hours).getByRole('rowheader', { name: 'Week of Nov 16, 2026 (so far)' }),
      ).toBeTruthy();

      expect(chart('insights-kinds').querySelector('figcaption')!.textContent).toBe(
        'Connections logged in these 12 weeks: 10. The kind logged most often: Peer check-in.',
      );
      expect(chart('insights-modes').querySelector('figcaption')!.textContent).toBe(
        '60% of your meetings in these 12 weeks were in person, which meets your target of 50%.',
      );
      expect(chart('insights-mood').querySelector('figcaption')!.textContent).toBe(
        'Weekly reflections in these 12 weeks: 4. Average answers on the scale of 1 to 5: Energy: 3, Stress: 3, Feeling connected: 3.',
      );
      // One sentence from the catalogue, the balance in its place.
      expect(chart('insights-flow').querySelector('figcaption')!.textContent).toBe(
        'In these 12 weeks you gave support in 0 of your connections, received it in 0 and both in 10. Support flows both ways.',
      );
      // The roles it lacks, mid-sentence, as a sentence writes them: lowercase.
      expect(chart('insights-roles').querySelector('figcaption')!.textContent).toContain(
        'Your network covers 1 of 9 kinds of support; it has no colleague, supervisor, mentor, family,',
      );

      const images = screen.getAllByRole('img');
      expect(images).toHaveLength(7);
      for (const image of images) expect(image.getAttribute('aria-label')).toBeTruthy();
      expect(screen.getAllByText('Show the numbers')).toHaveLength(7);
      // Series are told apart by texture as well as colour, in the charts and their legends:
      // every texture a fill refers to is drawn from a pattern on the page.
      const textured = [...document.querySelectorAll('rect[fill^="url(#"]')];
      expect(textured.filter((rect) => rect.closest('.insights-swatch')).length).toBeGreaterThan(0);
      expect(textured.filter((rect) => rect.closest('[role="img"]')).length).toBeGreaterThan(0);
      for (const rect of textured) {
        const id = /^url\(#(.+)\)$/.exec(rect.getAttribute('fill')!)![1]!;
        expect(document.getElementById(id)?.tagName.toLowerCase()).toBe('pattern');
      }
    },
    SLOW,
  );

  it(
    'words a single full week as one, with no average and no plural',
    async () => {
      const db = await openDb();
      await saveSettings(db, settings);
      // Tend was installed on Monday 9 November: one full week, then this one so far.
      const monday = MONDAYS[3]!;
      const tx = db.transaction('activity', 'readwrite');
      await Promise.all([
        ...[0, 1, 2, 3, 4].flatMap((day) => {
          const date = addCalendarDays(monday, day);
          return [
            tx.store.add({ at: zonedInstant(zone, date, '09:00'), state: 'active' }),
            tx.store.add({ at: zonedInstant(zone, date, '12:00'), state: 'idle' }),
            tx.store.add({ at: zonedInstant(zone, date, '12:30'), state: 'active' }),
            tx.store.add({ at: zonedInstant(zone, date, '17:00'), state: 'locked' }),
          ];
        }),
        tx.done,
      ]);
      render(() => <InsightsSection />);
      const hours = await screen.findByText(/In the last full week/, {}, { timeout: 5000 });
      expect(hours.textContent).toBe(
        'In the last full week you worked 37 h 30 min, against 40 h 0 min scheduled and your weekly limit of 42 h 0 min. ' +
          'Tend has measured your hours since the week of Nov 9, 2026; the weeks before are left out, not counted as zero.',
      );
      expect(chart('insights-breaks').querySelector('figcaption')!.textContent).toBe(
        'Breaks taken in the last full week: 5.',
      );
    },
    SLOW,
  );

  it(
    'shows a kind empty state, and the statement that Tend is not a clinical instrument',
    async () => {
      render(() => <InsightsSection />);

      expect((await screen.findByTestId('insights-empty', {}, { timeout: 5000 })).textContent).toBe(
        'Not enough weeks yet. As Tend sees your workdays, connections and reflections, charts of the last 12 weeks will appear here.',
      );
      expect(screen.getByTestId('insights-not-clinical').textContent).toBe(
        'Tend is not a clinical instrument. If you are struggling, talk to someone you trust or a professional.',
      );
      expect(screen.queryByTestId('insights-signal')).toBeNull();
      expect(document.querySelector('[data-chart="insights-hours"]')).toBeNull();
    },
    SLOW,
  );
});
