import { describe, expect, it } from 'vitest';
import { saveContact } from '../../src/db/contacts';
import {
  deleteInteraction,
  interactionsSince,
  lastGatheringBefore,
  logInteraction,
  newestInteractionsSince,
  updateInteraction,
} from '../../src/db/interactions';
import { openDb, type TendDatabase } from '../../src/db/open';
import type { Interaction } from '../../src/domain/types';
import { aConnection, aContact, at, storedNetwork } from './factories';

const MONDAY = at('2026-11-23T10:00:00Z');
const TUESDAY = at('2026-11-24T10:00:00Z');
const WEDNESDAY = at('2026-11-25T10:00:00Z');

async function networkOf(...ids: string[]): Promise<TendDatabase> {
  const db = await openDb();
  for (const id of ids) await saveContact(db, aContact({ id }));
  return db;
}

async function lastContactOf(db: TendDatabase, id: string) {
  return (await db.get('contacts', id))?.lastContactAt;
}

describe('logging a connection', () => {
  it('moves the last contact of everyone who was there', async () => {
    const db = await networkOf('ana', 'ben', 'cleo');
    await logInteraction(db, aConnection({ id: 'i1', at: MONDAY, contactIds: ['ana', 'ben'] }));
    expect(await lastContactOf(db, 'ana')).toBe(MONDAY);
    expect(await lastContactOf(db, 'ben')).toBe(MONDAY);
    expect(await lastContactOf(db, 'cleo')).toBeNull();
  });

  it('leaves the last contact and everything else of a person alone otherwise', async () => {
    const db = await networkOf('ana');
    const before = await db.get('contacts', 'ana');
    await logInteraction(db, aConnection({ id: 'i1', at: MONDAY, contactIds: ['ana'] }));
    expect(await db.get('contacts', 'ana')).toEqual({ ...before, lastContactAt: MONDAY });
  });

  it('does not move the last contact back when an older connection is logged later', async () => {
    const db = await networkOf('ana');
    await logInteraction(db, aConnection({ id: 'i1', at: TUESDAY, contactIds: ['ana'] }));
    await logInteraction(db, aConnection({ id: 'i2', at: MONDAY, contactIds: ['ana'] }));
    expect(await lastContactOf(db, 'ana')).toBe(TUESDAY);
    expect(await interactionsSince(db, 0)).toHaveLength(2);
  });

  it('logs nothing and changes nobody when one of the people is unknown', async () => {
    const db = await networkOf('ana', 'ben');
    await logInteraction(db, aConnection({ id: 'i1', at: MONDAY, contactIds: ['ben'] }));
    const before = await storedNetwork(db);
    const withStranger = aConnection({ id: 'i2', at: TUESDAY, contactIds: ['ana', 'eve', 'ben'] });
    await expect(logInteraction(db, withStranger)).rejects.toThrow('missing-person: eve');
    expect(await storedNetwork(db)).toEqual(before);
  });

  it('refuses a connection with nobody in it', async () => {
    const db = await networkOf('ana');
    const empty = aConnection({ id: 'i1', at: MONDAY, contactIds: [] });
    await expect(logInteraction(db, empty)).rejects.toThrow('empty-connection: i1');
    expect(await interactionsSince(db, 0)).toEqual([]);
  });

  it('refuses to log the same connection twice, and changes nobody', async () => {
    const db = await networkOf('ana', 'ben');
    await logInteraction(db, aConnection({ id: 'i1', at: MONDAY, contactIds: ['ana'] }));
    const before = await storedNetwork(db);
    const again = aConnection({ id: 'i1', at: TUESDAY, contactIds: ['ana', 'ben'] });
    await expect(logInteraction(db, again)).rejects.toThrow();
    expect(await storedNetwork(db)).toEqual(before);
  });
});

describe('editing a connection', () => {
  it('moves the last contact to the edited time, earlier or later', async () => {
    const db = await networkOf('ana');
    const meeting = aConnection({ id: 'i1', at: TUESDAY, contactIds: ['ana'] });
    await logInteraction(db, meeting);
    await updateInteraction(db, { ...meeting, at: MONDAY });
    expect(await lastContactOf(db, 'ana')).toBe(MONDAY);
    await updateInteraction(db, { ...meeting, at: WEDNESDAY });
    expect(await lastContactOf(db, 'ana')).toBe(WEDNESDAY);
    expect(await db.get('interactions', 'i1')).toEqual({ ...meeting, at: WEDNESDAY });
  });

  it('gives someone taken out of it their previous last contact back, or none', async () => {
    const db = await networkOf('ana', 'ben', 'cleo');
    await logInteraction(db, aConnection({ id: 'i1', at: MONDAY, contactIds: ['ana'] }));
    const meeting = aConnection({ id: 'i2', at: TUESDAY, contactIds: ['ana', 'ben'] });
    await logInteraction(db, meeting);
    await updateInteraction(db, { ...meeting, contactIds: ['cleo'] });
    expect(await lastContactOf(db, 'ana')).toBe(MONDAY);
    expect(await lastContactOf(db, 'ben')).toBeNull();
    expect(await lastContactOf(db, 'cleo')).toBe(TUESDAY);
  });

  it('changes nothing when a new participant is unknown', async () => {
    const db = await networkOf('ana');
    const meeting = aConnection({ id: 'i1', at: MONDAY, contactIds: ['ana'] });
    await logInteraction(db, meeting);
    const before = await storedNetwork(db);
    const edit = updateInteraction(db, { ...meeting, at: TUESDAY, contactIds: ['eve'] });
    await expect(edit).rejects.toThrow('missing-person: eve');
    expect(await storedNetwork(db)).toEqual(before);
  });

  it('refuses to edit a connection that is not there', async () => {
    const db = await networkOf('ana');
    const ghost = aConnection({ id: 'nope', at: MONDAY, contactIds: ['ana'] });
    await expect(updateInteraction(db, ghost)).rejects.toThrow('missing-connection: nope');
    expect(await storedNetwork(db)).toEqual({
      contacts: [aContact({ id: 'ana' })],
      interactions: [],
    });
  });
});

describe('deleting a connection', () => {
  it('gives each person their latest remaining connection as last contact', async () => {
    const db = await networkOf('ana', 'ben');
    await logInteraction(db, aConnection({ id: 'i1', at: MONDAY, contactIds: ['ana'] }));
    await logInteraction(db, aConnection({ id: 'i2', at: TUESDAY, contactIds: ['ana', 'ben'] }));
    await deleteInteraction(db, 'i2');
    expect(await lastContactOf(db, 'ana')).toBe(MONDAY);
    expect(await lastContactOf(db, 'ben')).toBeNull();
  });

  it('can be undone by logging what it returned', async () => {
    const db = await networkOf('ana', 'ben');
    await logInteraction(db, aConnection({ id: 'i1', at: MONDAY, contactIds: ['ana'] }));
    await logInteraction(db, aConnection({ id: 'i2', at: TUESDAY, contactIds: ['ana', 'ben'] }));
    const before = await storedNetwork(db);
    const deleted = await deleteInteraction(db, 'i2');
    expect(deleted).toEqual(before.interactions.find(({ id }) => id === 'i2'));
    await logInteraction(db, deleted);
    expect(await storedNetwork(db)).toEqual(before);
  });

  it('refuses to delete a connection that is not there', async () => {
    const db = await networkOf('ana');
    await expect(deleteInteraction(db, 'nope')).rejects.toThrow('missing-connection: nope');
  });
});

describe('connections since a moment', () => {
  it('lists those from that moment on, oldest first', async () => {
    const db = await networkOf('ana');
    await logInteraction(db, aConnection({ id: 'late', at: WEDNESDAY, contactIds: ['ana'] }));
    await logInteraction(db, aConnection({ id: 'early', at: MONDAY, contactIds: ['ana'] }));
    await logInteraction(db, aConnection({ id: 'middle', at: TUESDAY, contactIds: ['ana'] }));
    const since = await interactionsSince(db, TUESDAY);
    expect(since.map(({ id }) => id)).toEqual(['middle', 'late']);
  });

  it('gives the newest few of them alone, in the same order', async () => {
    const db = await networkOf('ana');
    await logInteraction(db, aConnection({ id: 'late', at: WEDNESDAY, contactIds: ['ana'] }));
    await logInteraction(db, aConnection({ id: 'early', at: MONDAY, contactIds: ['ana'] }));
    await logInteraction(db, aConnection({ id: 'middle', at: TUESDAY, contactIds: ['ana'] }));
    const ids = async (count: number) =>
      (await newestInteractionsSince(db, MONDAY, count)).map(({ id }) => id);
    expect(await ids(2)).toEqual(['middle', 'late']);
    expect(await ids(5)).toEqual(['early', 'middle', 'late']);
    expect(await ids(0)).toEqual([]);
    expect((await newestInteractionsSince(db, TUESDAY, 5)).map(({ id }) => id)).toEqual([
      'middle',
      'late',
    ]);
  });
});

describe('the last gathering', () => {
  it('is the latest informal gathering or shared self-care activity up to now', async () => {
    const db = await networkOf('ana');
    const log = (id: string, when: number, kind: Interaction['kind']) =>
      logInteraction(db, aConnection({ id, at: when, contactIds: ['ana'], kind }));
    await log('lunch', MONDAY, 'informal');
    await log('walk', TUESDAY, 'self-care-together');
    await log('supervision', TUESDAY + 3_600_000, 'supervision');
    await log('next-lunch', WEDNESDAY, 'informal');
    expect(await lastGatheringBefore(db, WEDNESDAY - 1)).toBe(TUESDAY);
    expect(await lastGatheringBefore(db, WEDNESDAY)).toBe(WEDNESDAY);
    expect(await lastGatheringBefore(db, MONDAY - 1)).toBeNull();
  });

  it('is none when only other kinds of connection were logged, and follows an edit', async () => {
    const db = await networkOf('ana');
    const message = aConnection({ id: 'm', at: MONDAY, contactIds: ['ana'], kind: 'message' });
    await logInteraction(db, message);
    await logInteraction(db, aConnection({ id: 'p', at: TUESDAY, contactIds: ['ana'] }));
    expect(await lastGatheringBefore(db, WEDNESDAY)).toBeNull();
    await updateInteraction(db, { ...message, kind: 'informal' });
    expect(await lastGatheringBefore(db, WEDNESDAY)).toBe(MONDAY);
    await deleteInteraction(db, 'm');
    expect(await lastGatheringBefore(db, WEDNESDAY)).toBeNull();
  });
});
