// @vitest-environment happy-dom
import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { later } from '../../src/ui/popup/later';

afterEach(cleanup);

describe('a popup card kept in a chunk of its own', () => {
  it('says so when its chunk fails to load, and loads it the next time it is shown', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let tries = 0;
    const Card = later(async () => {
      tries += 1;
      if (tries === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return (props: { name: string }) => <p>Write to {props.name}</p>;
    }, true);

    const first = render(() => <Card name="Sam" />);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Failed to fetch dynamically imported module',
    );
    first.unmount();

    render(() => <Card name="Sam" />);
    expect(await screen.findByText('Write to Sam')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(tries).toBe(2);
  });
});
