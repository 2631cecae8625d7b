// The benchmarks' profiles (seed-data.mjs) and the seed profile as a Tend backup file:
// `node bench/seed.mjs --out profile.json` writes it, and a user or a test loads it through
// the options page's import (Your data), the same path as any backup. `--scale 3` writes
// the profile three times over (see seed-data.mjs).
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { NOTES } from './seed-lists.mjs';
import { seedData, validate } from './seed-data.mjs';
import { DAY, HOUR, prng } from './seed-people.mjs';

export { benchSettings } from './seed-lists.mjs';
export { extremeData, MAX_PEOPLE, seedData, SIZES, sizesAt, validate } from './seed-data.mjs';
export { clearStores, writeSeed } from './seed-write.mjs';

const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);

/** The backup format version seedBackup writes (src/domain/backup/format.ts BACKUP_VERSION). */
export const BACKUP_VERSION = 3;

/**
 * The data set as a current-version Tend backup (docs/backup-format.md), with half a year
 * of weekly reflections and a few on-call days added. The reflections draw from their own
 * generator, so seedData stays exactly what the benchmarks measured.
 */
export function seedBackup(now, data = seedData(now), seed = 20_240_601) {
  const random = prng(seed + 1);
  const level = () => (random() < 0.1 ? null : 1 + Math.floor(random() * 5));
  const mondayMs = (ms) => {
    const day = ms - (ms % DAY);
    return day - ((new Date(day).getUTCDay() + 6) % 7) * DAY;
  };
  const reflections = [];
  for (let week = 26; week >= 1; week -= 1) {
    const monday = mondayMs(now) - week * 7 * DAY;
    reflections.push({
      id: `r${String(26 - week).padStart(3, '0')}`,
      weekStart: isoDate(monday),
      energy: level(),
      stress: level(),
      connected: level(),
      supported: level(),
      note: random() < 0.3 ? pick(random, NOTES) : '',
      createdAt: monday + 4 * DAY + 15 * HOUR,
    });
  }
  const dayExceptions = [3, 10, 40].map((daysAgo, i) => ({
    date: isoDate(now - daysAgo * DAY),
    kind: i === 1 ? 'late-shift' : 'on-call',
    until: i === 1 ? '19:30' : null,
  }));
  return {
    format: 'tend-backup',
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: {
      ...data.settings,
      reflection: { enabled: true, weekday: null, time: '15:00' },
      templates: null,
    },
    contacts: data.contacts,
    interactions: data.interactions,
    checkIns: data.checkIns,
    reflections,
    dayExceptions,
    activity: data.activity.map(({ at, state }) => ({ at, state })),
    nudgeLog: [],
  };
}

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

/**
 * `node bench/seed.mjs --out profile.json [--now 2026-11-23T12:00:00Z] [--scale 3]`: writes a
 * backup file.
 */
async function main(args) {
  const option = (name) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const out = option('--out');
  if (!out) {
    console.error('Usage: node bench/seed.mjs --out profile.json [--now ISO-instant] [--scale k]');
    process.exitCode = 2;
    return;
  }
  const nowText = option('--now');
  const now = nowText ? Date.parse(nowText) : Date.now();
  if (!Number.isFinite(now)) throw new Error(`--now is not an instant: ${nowText}`);
  const scale = Number(option('--scale') ?? 1);
  if (!(Number.isInteger(scale) && scale >= 1)) throw new Error(`--scale is not a whole number`);
  const backup = seedBackup(now, validate(seedData(now, undefined, scale), now));
  await writeFile(out, `${JSON.stringify(backup)}\n`);
  console.log(
    `Wrote ${out}: ${backup.contacts.length} people, ${backup.interactions.length} connections, ` +
      `${backup.checkIns.length} check-ins, ${backup.activity.length} work-time records.`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
