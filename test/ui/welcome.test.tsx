// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveContact } from '../../src/db/contacts';
import { openDb } from '../../src/db/open';
import { defaultSettings } from '../../src/domain/settings';
import { HoursForm } from '../../src/ui/options/hours/hours-form';
import { Welcome } from '../../src/ui/options/welcome';
import { FirstRun } from '../../src/ui/popup/first-run';
import { aContact } from '../db/factories';
import { startBackground } from '../support/background';

afterEach(cleanup);

beforeEach(() => {
  startBackground();
});

const stepStates = () =>
  screen.getAllByTestId('welcome-step').map((step) => step.querySelector('a + span')?.textContent);

describe('the welcome on the options page', () => {
  it('says what Tend does, what stays here, and where each of the three steps stands', async () => {
    await saveContact(await openDb(), aContact({ id: 'ana', name: 'Ana' }));
    render(() => <Welcome />);
    await screen.findByRole('heading', { name: 'Welcome to Tend' });
    expect(screen.getByText(/stays on this computer/)).toBeTruthy();
    expect(stepStates()).toEqual([
      'Not checked yet: have a look, or keep them as they are',
      'People added: 1',
      'None yet',
    ]);
  });

  it('marks the hours checked when the user confirms them as they are', async () => {
    render(() => <Welcome />);
    fireEvent.click(await screen.findByRole('button', { name: 'These hours are right' }));
    await waitFor(() => expect(stepStates()[0]).toBe('Checked'));
    expect(screen.queryByRole('button', { name: 'These hours are right' })).toBeNull();
  });

  it('is gone for good once closed', async () => {
    render(() => <Welcome />);
    fireEvent.click(await screen.findByRole('button', { name: 'Close the welcome' }));
    await waitFor(() => expect(screen.queryByTestId('welcome')).toBeNull());
    cleanup();
    render(() => <Welcome />);
    // Give the read its turn; the welcome does not come back.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('welcome')).toBeNull();
  });
});

describe("the popup's getting started", () => {
  it('shows "Set your hours" done once the hours were saved', async () => {
    render(() => <FirstRun />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByTestId('first-run-hours').textContent).toBe('Set your hours');
    cleanup();

    render(() => <HoursForm initial={defaultSettings('Europe/London')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/saved/i);
    cleanup();

    render(() => <FirstRun />);
    await waitFor(() =>
      expect(screen.getByTestId('first-run-hours').textContent).toBe('Set your hours ✓ done'),
    );
  });
});
