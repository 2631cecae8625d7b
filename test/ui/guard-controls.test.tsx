// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb } from '../../src/db/open';
import { loadSettings } from '../../src/db/settings';
import type { GuardSettings } from '../../src/domain/types';
import { GuardControls } from '../../src/ui/options/guard/guard-controls';
import { startBackground, type BackgroundSeam } from '../support/background';

const CMS = 'https://cms.example.org';

// Without vitest globals the library cannot unmount by itself.
afterEach(cleanup);

let request: ReturnType<typeof vi.fn<(asked: { origins: string[] }) => Promise<boolean>>>;
let remove: ReturnType<typeof vi.fn<(given: { origins: string[] }) => Promise<boolean>>>;

let background: BackgroundSeam;

beforeEach(() => {
  background = startBackground();
  request = vi.fn(() => Promise.resolve(true));
  remove = vi.fn(() => Promise.resolve(true));
  Object.assign(fakeBrowser.permissions, { request, remove });
});

function show(guard: GuardSettings, passCount = 0) {
  render(() => <GuardControls initial={{ guard, passCount, accessMissing: false }} />);
  return screen.getByRole('switch', { name: 'Guard these sites after hours' });
}

const storedGuard = async () => (await loadSettings(await openDb())).guard;

describe('the after-hours guard settings', () => {
  it('asks the browser for exactly the named sites within the click, and turns on when granted', async () => {
    const toggle = show({ enabled: false, sites: [CMS, 'http://127.0.0.1:8080'] });
    fireEvent.click(toggle);
    // Asked at once, inside the click: the browser only prompts for a user gesture.
    expect(request).toHaveBeenCalledWith({
      origins: ['https://cms.example.org/*', 'http://127.0.0.1/*'],
    });
    await screen.findByText(/The guard is on/);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(await storedGuard()).toEqual({ enabled: true, sites: [CMS, 'http://127.0.0.1:8080'] });
    expect(background.told).toEqual(['settings']);
  });

  it('stays off and says so calmly when the browser refuses', async () => {
    request.mockResolvedValue(false);
    const toggle = show({ enabled: false, sites: [CMS] });
    fireEvent.click(toggle);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'did not give Tend access to these sites, so the guard stays off',
    );
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect((await storedGuard()).enabled).toBe(false);
    expect(background.told).toEqual([]);
  });

  it('asks for nothing without sites, and points at the field', async () => {
    const toggle = show({ enabled: false, sites: [] });
    fireEvent.click(toggle);
    expect(request).not.toHaveBeenCalled();
    const field = screen.getByRole('textbox', { name: 'Address of a work site' });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('guard-site-error')!.textContent).toContain('Add at least one');
    expect(document.activeElement).toBe(field);
  });

  it('saves the guard off and gives the access back', async () => {
    const toggle = show({ enabled: true, sites: [CMS] });
    fireEvent.click(toggle);
    await screen.findByText(/The guard is off/);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://cms.example.org/*'] });
    expect(request).not.toHaveBeenCalled();
    expect(await storedGuard()).toEqual({ enabled: false, sites: [CMS] });
  });

  it('refuses an address that is not a web site, with the message tied to the field', async () => {
    show({ enabled: false, sites: [] });
    const field = screen.getByRole('textbox', { name: 'Address of a work site' });
    fireEvent.input(field, { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain('guard-site-error');
    expect(document.getElementById('guard-site-error')!.textContent).toContain(
      'Only http and https sites',
    );
    expect((await storedGuard()).sites).toEqual([]);
  });

  it('adds a site without asking while the guard is off', async () => {
    show({ enabled: false, sites: [] });
    const field = screen.getByRole('textbox', { name: 'Address of a work site' });
    fireEvent.input(field, { target: { value: 'CMS.example.org/cases' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    await screen.findByText(`${CMS} was added.`);
    expect(request).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: `Remove ${CMS}` })).toBeTruthy();
    expect((await storedGuard()).sites).toEqual([CMS]);
  });

  it('asks for just the new site while the guard is on, and leaves it out when refused', async () => {
    request.mockResolvedValue(false);
    show({ enabled: true, sites: [CMS] });
    const field = screen.getByRole('textbox', { name: 'Address of a work site' });
    fireEvent.input(field, { target: { value: 'mail.example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(request).toHaveBeenCalledWith({ origins: ['https://mail.example.org/*'] });
    await screen.findByText(/did not give Tend access to https:\/\/mail.example.org/);
    expect(screen.queryByRole('button', { name: 'Remove https://mail.example.org' })).toBeNull();
  });

  it('turns itself off and gives the access back when its last site is removed', async () => {
    const toggle = show({ enabled: true, sites: [CMS] });
    fireEvent.click(screen.getByRole('button', { name: `Remove ${CMS}` }));
    await screen.findByText(/The guard is off/);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://cms.example.org/*'] });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(await storedGuard()).toEqual({ enabled: false, sites: [] });
  });

  it('shows how often the guard was passed', () => {
    show({ enabled: true, sites: [CMS] }, 3);
    expect(screen.getByText('Opened anyway after hours so far: 3')).toBeTruthy();
  });
});
