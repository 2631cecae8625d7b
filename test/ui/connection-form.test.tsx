// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionForm } from '../../src/ui/options/network/connection-form';

afterEach(cleanup);

const select = (label: string) => screen.getByLabelText(label) as HTMLSelectElement;

describe('the connection form', () => {
  it('takes "Message" as a message, not a meeting in person, and back again', () => {
    render(() => (
      <ConnectionForm
        initial={null}
        contacts={[]}
        now={Date.UTC(2026, 10, 18, 12)}
        timeZone="Europe/London"
        onSave={() => Promise.resolve()}
      />
    ));
    expect(select('How').value).toBe('in-person');
    fireEvent.change(select('Kind'), { target: { value: 'message' } });
    expect(select('How').value).toBe('message');
    fireEvent.change(select('Kind'), { target: { value: 'supervision' } });
    expect(select('How').value).toBe('in-person');
  });
});
