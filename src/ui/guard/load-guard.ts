import { addMinutes } from 'date-fns';
import { now } from '../../clock';
import { exceptionsAround, guardPasses, recordGuardPass } from '../../db/meta';
import { loadSettings } from '../../db/settings';
import { guardDecision, guardTarget, type GuardTarget } from '../../domain/guard';
import { effectiveWorkdaysAround } from '../../domain/effective-workday';
import { guardedOf } from '../../domain/page-address';
import { read } from '../shared/read';
import { writeGuardPass } from '../shared/write';

/** How long "open it for 15 minutes" lets a guarded site through. */
export const PASS_MINUTES = 15;

/** What the guard page shows: the question, a site open right now, or a link it refuses. */
export type GuardPageView =
  | { kind: 'guarded'; target: GuardTarget; passCount: number }
  | { kind: 'open'; target: GuardTarget; passCount: number }
  | { kind: 'refused'; passCount: number };

/** Reads the page's `to` parameter and decides, from the database, what to show. */
export async function loadGuardPage(search: string): Promise<GuardPageView> {
  const to = guardedOf(search);
  const { settings, passes, current, exceptions } = await read(async (db) => {
    const [settings, passes, current] = await Promise.all([
      loadSettings(db),
      guardPasses(db),
      now(),
    ]);
    const exceptions = await exceptionsAround(db, settings.schedule.timeZone, current);
    return { settings, passes, current, exceptions };
  });
  const target = to === null ? null : guardTarget(settings.guard, to);
  if (target === null) return { kind: 'refused', passCount: passes.count };
  const decision = guardDecision({
    settings: settings.guard,
    workdays: effectiveWorkdaysAround(settings, exceptions, current),
    passes,
    url: target.href,
    now: current,
  });
  return { kind: decision === 'guard' ? 'guarded' : 'open', target, passCount: passes.count };
}

/** Opens the target's site for the next 15 minutes on Tend's clock, and counts the pass. */
export async function passGuard(target: GuardTarget): Promise<number> {
  const until = addMinutes(await now(), PASS_MINUTES).getTime();
  const passes = await writeGuardPass((db) => recordGuardPass(db, target.origin, until));
  return passes.count;
}
