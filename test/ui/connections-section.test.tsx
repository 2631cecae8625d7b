// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveContact } from '../../src/db/contacts';
import * as interactions from '../../src/db/interactions';
import { logInteraction } from '../../src/db/interactions';
import { openDb } from '../../src/db/open';
import { ConnectionsSection } from '../../src/ui/options/network/connections-section';
import { aConnection, aContact } from '../db/factories';
import { startBackground } from '../support/background';

afterEach(cleanup);

const HOUR = 3_600_000;

beforeEach(async () => {
  startBackground();
  const db = await openDb();
  for (const [id, name] of [
    ['sam', 'Sam'],
    ['nia', 'Nia'],
    ['olu', 'Olu'],
  ] as const) {
    await saveContact(db, aContact({ id, name }));
  }
  // 53 connections over the last 53 hours: the oldest with Olu, the newest with Nia.
  for (let n = 53; n >= 1; n -= 1) {
    const who = n === 53 ? 'olu' : n === 1 ? 'nia' : 'sam';
    await logInteraction(
      db,
      aConnection({ id: `i${n}`, at: Date.now() - n * HOUR, contactIds: [who] }),
    );
  }
});

const rows = () => document.querySelectorAll('.connection-list > li');

describe('the connections section', () => {
  it('shows the newest 50, and the older ones when asked', async () => {
    render(() => <ConnectionsSection />);
    await waitFor(() => expect(rows()).toHaveLength(50));
    expect(rows()[0]!.textContent).toContain('Nia');
    expect(document.querySelector('.connection-list')!.textContent).not.toContain('Olu');

    // The older ones are read a moment later, in place: the list shown does not change.
    fireEvent.click(await screen.findByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(rows()).toHaveLength(53));
    expect(rows()[52]!.textContent).toContain('Olu');
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('never passes the newest alone for the 90 days: a failed second read reads them all again', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // The read of the rest fails once (a fault), as a busy disk can make it.
    const since = vi.spyOn(interactions, 'interactionsSince');
    since.mockRejectedValueOnce(new Error('disk busy'));
    render(() => <ConnectionsSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(rows()).toHaveLength(53));
    expect(rows()[52]!.textContent).toContain('Olu');
  });
});
