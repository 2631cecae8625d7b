import { TZDate } from '@date-fns/tz';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WAKE_ALARM } from '../../src/background/alarm';
import { STILL_HERE_ALARM } from '../../src/background/presence';
import { recordTransition } from '../../src/db/activity';
import { importBackup } from '../../src/db/backup-import';
import { saveContact } from '../../src/db/contacts';
import { logInteraction } from '../../src/db/interactions';
import { migrations } from '../../src/db/migrations';
import { openDatabase, type TendDatabase } from '../../src/db/open';
import { DB_NAME } from '../../src/db/schema';
import { saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import { send } from '../../src/messages';
import { aConnection, aContact } from '../db/factories';
import { aBackup } from '../domain/backup-fixture';
import type { World } from './fault-world';

const ZONE = 'Europe/London';
// Monday 23 November 2026; the default schedule is 09:00–17:00.
export const at = (time: string) => new TZDate(`2026-11-23T${time}`, ZONE).getTime();
const DAY = 24 * 60 * 60 * 1000;

/** Something Tend does that a stop of its worker may cut short. */
export interface Scenario {
  name: string;
  /** Brings the profile to where it starts: nothing in it is stopped. */
  setup(world: World): Promise<void>;
  /** What happens, stopped at a chosen call: an alarm, a page's write and its message. */
  act(world: World): Promise<void>;
  /** Until when the browser goes on (alarms firing) before the suite looks. */
  until: number;
}

/** A user at the computer since `from`, with Tend's default settings. */
async function workday(world: World, from: string): Promise<TendDatabase> {
  vi.setSystemTime(at(from));
  const db = await world.page();
  await saveSettings(db, defaultSettings(ZONE));
  await recordTransition(db, { at: at(from), state: 'active' });
  return db;
}

/** A wake at `time` (a page's message), which plans the next alarm. */
async function wakeAt(world: World, time: string): Promise<void> {
  vi.setSystemTime(at(time));
  await world.message('settings');
}

/** Sam was last seen a month ago, Alex two: Alex is due a reconnect nudge. */
async function network(db: TendDatabase): Promise<void> {
  await saveContact(db, aContact({ id: 'sam', lastContactAt: at('09:00') - 30 * DAY }));
  await saveContact(db, aContact({ id: 'alex', lastContactAt: at('09:00') - 60 * DAY }));
}

/**
 * A backup of yesterday's work: its work time ends before today's. (One whose last state is
 * idle after the user came to this computer counts them idle until the next wake: no stop
 * needed for that, and a stop only delays the wake that puts it right.)
 */
function yesterdays() {
  const backup = aBackup();
  return {
    ...backup,
    activity: backup.activity.map((record) => ({ ...record, at: record.at - DAY })),
  };
}

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'an alarm wake showing the wrap-up',
    async setup(world) {
      await workday(world, '09:00');
      await wakeAt(world, '16:40');
    },
    act: (world) => world.fireWake(),
    until: at('17:05'),
  },
  {
    name: 'an alarm wake showing the first reminder after hours',
    async setup(world) {
      await workday(world, '09:00');
      await wakeAt(world, '16:55');
    },
    act: (world) => world.fireWake(),
    until: at('17:20'),
  },
  {
    name: 'a late still-here mark after the computer slept (work time)',
    async setup(world) {
      await workday(world, '13:00');
      await wakeAt(world, '14:00');
      vi.setSystemTime(at('15:30'));
    },
    async act(world) {
      const mark = await fakeBrowser.alarms.get(STILL_HERE_ALARM);
      if (!mark) throw new Error('no still-here alarm to fire');
      await world.fire(mark);
    },
    until: at('15:50'),
  },
  {
    name: 'a page logging a connection',
    async setup(world) {
      await network(await workday(world, '09:00'));
      await wakeAt(world, '10:55');
      vi.setSystemTime(at('11:00'));
    },
    act: (world) =>
      world.pageWrite(
        (db) => logInteraction(db, aConnection({ id: 'i1', at: at('11:00'), contactIds: ['sam'] })),
        'contacts',
      ),
    until: at('11:20'),
  },
  {
    name: 'a page clocking in',
    async setup(world) {
      await workday(world, '08:00');
      await wakeAt(world, '08:05');
      vi.setSystemTime(at('08:30'));
    },
    act: (world) =>
      world.pageWrite(
        (db) => recordTransition(db, { at: at('08:30'), state: 'clock-in' }),
        'activity',
      ),
    until: at('08:50'),
  },
  {
    name: 'a page clocking out after hours',
    async setup(world) {
      await workday(world, '09:00');
      await wakeAt(world, '17:05');
      vi.setSystemTime(at('17:10'));
    },
    act: (world) =>
      world.pageWrite(
        (db) => recordTransition(db, { at: at('17:10'), state: 'clock-out' }),
        'activity',
      ),
    until: at('17:30'),
  },
  {
    name: 'a page importing a backup',
    async setup(world) {
      await workday(world, '09:00');
      await wakeAt(world, '11:55');
      vi.setSystemTime(at('12:00'));
    },
    act: (world) => world.pageWrite((db) => importBackup(db, yesterdays(), at('12:00')), 'import'),
    until: at('12:20'),
  },
  {
    name: 'the wake after an update, migrating the database an older Tend left',
    async setup() {
      vi.setSystemTime(at('09:00'));
      const older = await openDatabase(DB_NAME, migrations.slice(0, -1));
      await saveSettings(older, defaultSettings(ZONE));
      await network(older);
      await logInteraction(
        older,
        aConnection({ id: 'old', at: at('09:00') - DAY, contactIds: ['sam'] }),
      );
      await recordTransition(older, { at: at('09:00'), state: 'active' });
      older.close();
      // The older Tend's last wake planned the wrap-up, with an alarm of its kind.
      await fakeBrowser.alarms.create(WAKE_ALARM, { when: at('16:45') });
      vi.setSystemTime(at('16:30'));
    },
    // The browser updates Tend: its first wake opens (and upgrades) the database.
    act: (world) =>
      world.stops
        .worker(() =>
          fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' }),
        )
        .then(() => undefined),
    until: at('17:05'),
  },
  {
    name: 'the popup asking for a fresh view',
    async setup(world) {
      await network(await workday(world, '09:00'));
      await wakeAt(world, '09:55');
      vi.setSystemTime(at('10:00'));
    },
    act: (world) =>
      world.stops.page(() =>
        send('popup-view', {}).then(
          () => undefined,
          () => undefined,
        ),
      ),
    until: at('10:20'),
  },
];
