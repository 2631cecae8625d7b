import ICAL from 'ical.js';

/** An occurrence as a calendar reads it from an .ics file. */
export interface ReadOccurrence {
  uid: string;
  start: number;
  end: number;
}

// Nominal starts are walked this far past the window, so a moved occurrence that comes
// back into it from later is still seen.
const MARGIN_MS = 60 * 24 * 60 * 60 * 1000;

function instant(time: ICAL.Time): number {
  return time.toUnixTime() * 1000;
}

/**
 * What ical.js, Mozilla's calendar parser, makes of an .ics file: every occurrence whose
 * [start, end) overlaps [from, to), with RECURRENCE-ID events related to their series as
 * its documentation says, sorted by start.
 */
export function readWithIcalJs(ics: string, from: number, to: number): ReadOccurrence[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  // Given no exceptions of its own, ical.js would relate every RECURRENCE-ID event in the
  // file to each series, whatever its UID; they are related by UID below instead.
  const events = calendar
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent, { strictExceptions: true, exceptions: [] }));
  const series = new Map(events.filter((e) => !e.isRecurrenceException()).map((e) => [e.uid, e]));
  for (const exception of events.filter((e) => e.isRecurrenceException())) {
    const parent = series.get(exception.uid);
    if (!parent) throw new Error(`an exception without its series: ${exception.uid}`);
    parent.relateException(exception);
  }
  const found: ReadOccurrence[] = [];
  for (const event of series.values()) {
    // A zone ical.js could not find would read as floating time and quietly be UTC.
    const zone = event.startDate.zone?.tzid;
    if (zone === 'floating') throw new Error(`no VTIMEZONE for ${event.uid}`);
    if (!event.isRecurring()) {
      found.push({ uid: event.uid, start: instant(event.startDate), end: instant(event.endDate) });
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (instant(next) > to + MARGIN_MS) break;
      const details = event.getOccurrenceDetails(next);
      found.push({
        uid: event.uid,
        start: instant(details.startDate),
        end: instant(details.endDate),
      });
    }
  }
  return found
    .filter((occurrence) => occurrence.start < to && occurrence.end > from)
    .sort((a, b) => a.start - b.start || (a.uid < b.uid ? -1 : 1));
}
