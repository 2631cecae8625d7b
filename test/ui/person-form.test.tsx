// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../src/domain/settings';
import type { Contact } from '../../src/domain/types';
import { PersonForm } from '../../src/ui/options/network/person-form';

afterEach(cleanup);

const network = defaultSettings('Europe/London').network;

function renderForm() {
  const onSave = vi.fn<(contact: Contact) => Promise<void>>(async () => undefined);
  render(() => <PersonForm initial={null} network={network} onSave={onSave} onCancel={() => {}} />);
  return onSave;
}

const nameInput = () => screen.getByLabelText('Name') as HTMLInputElement;

describe('the person form', () => {
  it('refuses a 10 000-character name with a message and saves nothing', async () => {
    const onSave = renderForm();
    fireEvent.input(nameInput(), { target: { value: 'a'.repeat(10_000) } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Colleague' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('A name can be at most 120 characters.')).toBeTruthy();
    expect(nameInput().getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('lets no one type a longer name than saving allows', () => {
    renderForm();
    expect(nameInput().maxLength).toBe(120);
  });

  it('saves a name with markup in it as plain text', async () => {
    const onSave = renderForm();
    fireEvent.input(nameInput(), { target: { value: '<b>Sam</b>' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Friend' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]![0]).toMatchObject({ name: '<b>Sam</b>', roles: ['friend'] });
  });

  it('asks for a second Save before keeping a note that looks like a case number', async () => {
    const onSave = renderForm();
    fireEvent.input(nameInput(), { target: { value: 'Jo' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Mentor' }));
    fireEvent.input(screen.getByLabelText('Notes'), { target: { value: 'see case #448812' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('a case or record number')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Save anyway' }));
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledOnce());
  });
});
