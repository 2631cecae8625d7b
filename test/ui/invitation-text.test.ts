import { describe, expect, it } from 'vitest';
import { invitationText } from '../../src/ui/options/check-ins/invitation-text';

describe('the invitation a user copies', () => {
  it('isolates the title and every name, so one written right to left turns no other word round', () => {
    const text = invitationText({
      title: 'Peer walk',
      kind: 'peer-check-in',
      mode: 'in-person',
      place: null,
      link: null,
      durationMinutes: 60,
      repeat: { code: 'once' },
      next: [],
      timeZone: 'Europe/London',
      zoneName: 'GMT',
      inCheckInZone: true,
      participants: ['Sam', '\u202Eexe.gnp'],
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe('\u2068Peer walk\u2069 (Peer check-in)');
    expect(lines).toContain('With \u2068Sam\u2069 and \u2068\u202Eexe.gnp\u2069');
  });
});
