import { afterEach, describe, expect, it } from 'vitest';
import type { InvitationParts } from '../../src/domain/checkins/invitation';
import { invitationText } from '../../src/ui/options/check-ins/invitation-text';
import { installCatalogue } from '../support/i18n';

afterEach(() => installCatalogue('en'));

function parts(everyWeeks: number): InvitationParts {
  return {
    title: 'Supervisión con Sam',
    kind: 'supervision',
    mode: 'in-person',
    place: 'Sala 2',
    link: null,
    durationMinutes: 60,
    repeat: {
      code: 'weekly',
      everyWeeks,
      weekdays: [2],
      weekdayNames: ['martes'],
      until: null,
    },
    next: [
      {
        date: '2026-12-08',
        start: 0,
        end: 0,
        day: 'martes, 8 de diciembre de 2026',
        startTime: '14:00',
        endTime: '15:00',
        moved: false,
      },
    ],
    timeZone: 'Europe/Madrid',
    zoneName: 'CET',
    inCheckInZone: true,
    participants: ['Sam'],
  };
}

describe('the copied invitation in Spanish', () => {
  it('copies the invitation in Spanish, "every week" agreeing with the count', () => {
    installCatalogue('es');
    const weekly = invitationText(parts(1));
    const fortnightly = invitationText(parts(2));
    expect(weekly).toContain('Cada semana: martes');
    expect(weekly).not.toMatch(/\b(every|week|weeks|with|time zone|when|where)\b/i);
    expect(fortnightly).toMatch(/\b2 semanas\b/);
    expect(weekly).not.toMatch(/\b1 semanas?\b/);
  });
});
