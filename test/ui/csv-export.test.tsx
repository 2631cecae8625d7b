// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordTransition } from '../../src/db/activity';
import { saveContact } from '../../src/db/contacts';
import { logInteraction } from '../../src/db/interactions';
import { closeDb, openDb } from '../../src/db/open';
import { saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import { CsvExport } from '../../src/ui/options/data/csv-export';
import { aConnection, aContact, at } from '../db/factories';
import { parseCsv } from '../support/csv';

// Without vitest globals the library cannot unmount by itself.
afterEach(cleanup);

interface Saved {
  fileName: string;
  type: string;
  bytes: Uint8Array;
}

/** Catches what download() hands the browser: the Blob behind the object URL and the link's file name. */
function catchDownloads(): Saved[] {
  const blobs = new Map<string, Blob>();
  const saved: Saved[] = [];
  const pending: Promise<void>[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:tend/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (!blob) throw new Error(`no blob behind ${this.href}`);
    pending.push(
      blob.arrayBuffer().then((buffer) => {
        saved.push({ fileName: this.download, type: blob.type, bytes: new Uint8Array(buffer) });
      }),
    );
  });
  return saved;
}

/** The file as a spreadsheet reads it, after checking it is UTF-8 with a byte order mark. */
function rowsOf(file: Saved): string[][] {
  expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(file.bytes));
}

beforeEach(() => {
  // Only the date is fixed: the database's own timers must keep running.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T12:00:00Z'));
  return () => vi.useRealTimers();
});

describe('the CSV export', () => {
  it('says the file holds personal notes', () => {
    render(() => <CsvExport />);
    expect(screen.getByText(/holds your notes/)).toBeTruthy();
  });

  it('saves the connection log with names, words and notes a spreadsheet reads back', async () => {
    const db = await openDb();
    await saveSettings(db, defaultSettings('Europe/London'));
    await saveContact(db, aContact({ id: 'zoe', name: 'Zoë Ł 山田' }));
    await logInteraction(
      db,
      aConnection({
        id: 'one',
        at: at('2026-11-23T14:05:00Z'),
        contactIds: ['zoe'],
        kind: 'supervision',
        mode: 'video',
        direction: 'received',
        feltBefore: 2,
        feltAfter: 4,
        note: '=SUM(A1), "hard" day\nbetter after',
      }),
    );
    const saved = catchDownloads();
    render(() => <CsvExport />);
    fireEvent.click(screen.getByRole('button', { name: 'Download connections (CSV)' }));

    await screen.findByText('Your connection log was saved as tend-connections-2026-11-25.csv.');
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    const [file] = saved as [Saved];
    expect(file.fileName).toBe('tend-connections-2026-11-25.csv');
    expect(file.type).toBe('text/csv;charset=utf-8');
    expect(rowsOf(file)).toEqual([
      [
        'Date and time',
        'Kind',
        'Mode',
        'Support',
        'People',
        'Felt before (1–5)',
        'Felt after (1–5)',
        'Note',
      ],
      [
        '2026-11-23T14:05:00+00:00',
        'Formal supervision',
        'Video',
        'I received support',
        'Zoë Ł 山田',
        '2',
        '4',
        `'=SUM(A1), "hard" day\nbetter after`,
      ],
    ]);
  });

  it('saves the work hours per day, as the week view counts them', async () => {
    const db = await openDb();
    await saveSettings(db, defaultSettings('Europe/London'));
    await recordTransition(db, { at: at('2026-11-23T09:00:00Z'), state: 'active' });
    await recordTransition(db, { at: at('2026-11-23T12:00:00Z'), state: 'idle' });
    await recordTransition(db, { at: at('2026-11-23T12:30:00Z'), state: 'active' });
    await recordTransition(db, { at: at('2026-11-23T17:00:00Z'), state: 'locked' });
    const saved = catchDownloads();
    render(() => <CsvExport />);
    fireEvent.click(screen.getByRole('button', { name: 'Download work hours (CSV)' }));

    await screen.findByText('Your work hours were saved as tend-work-hours-2026-11-25.csv.');
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    const [file] = saved as [Saved];
    expect(file.fileName).toBe('tend-work-hours-2026-11-25.csv');
    expect(rowsOf(file)).toEqual([
      [
        'Date',
        'Weekday',
        'Scheduled hours',
        'Worked hours',
        'Worked (h:mm)',
        'Breaks taken',
        'On call',
        'Over daily limit',
        'Over weekly limit',
      ],
      ['2026-11-23', 'Monday', '8.00', '7.50', '7:30', '1', 'no', '', ''],
      ['2026-11-24', 'Tuesday', '8.00', '0.00', '0:00', '0', 'no', '', ''],
      ['2026-11-25', 'Wednesday', '8.00', '0.00', '0:00', '0', 'no', '', ''],
    ]);
  });

  it('saves nothing and says so when there is nothing to save', async () => {
    const saved = catchDownloads();
    render(() => <CsvExport />);
    fireEvent.click(screen.getByRole('button', { name: 'Download connections (CSV)' }));
    await screen.findByText('No connections are logged yet, so there is nothing to download.');
    fireEvent.click(screen.getByRole('button', { name: 'Download work hours (CSV)' }));
    await screen.findByText(
      'Tend has not recorded any work time yet, so there is nothing to download.',
    );
    expect(URL.createObjectURL).not.toHaveBeenCalled();
    expect(saved).toEqual([]);
  });

  it('tells the user when the database cannot be read', async () => {
    closeDb();
    vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => {
      throw new Error('The database is not available.');
    });
    catchDownloads();
    render(() => <CsvExport />);
    fireEvent.click(screen.getByRole('button', { name: 'Download work hours (CSV)' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The file could not be made: The database is not available.');
    expect(URL.createObjectURL).not.toHaveBeenCalled();
  });
});
