import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { toCsv, type CsvCell } from './csv';
import type {
  ConnectionKind,
  ConnectionMode,
  Contact,
  Interaction,
  SupportDirection,
} from './types';

/** One logged connection as the export shows it. */
export interface ConnectionRow {
  /** Local date and time with the zone's offset then, e.g. '2026-11-23T14:05:00+00:00'. */
  at: string;
  kind: ConnectionKind;
  mode: ConnectionMode;
  direction: SupportDirection;
  /** Names as logged; null for someone deleted from the network since. */
  people: (string | null)[];
  feltBefore: number | null;
  feltAfter: number | null;
  note: string;
}

/**
 * An instant as ISO 8601 local time with its offset in the zone, so a spreadsheet shows the
 * time the user saw and the file still names the exact instant across a clock change.
 */
export function isoLocal(timeZone: string, at: number): string {
  return format(at, "yyyy-MM-dd'T'HH:mm:ssxxx", { in: tz(timeZone) });
}

/** One row per logged connection, oldest first, times in `timeZone`. */
export function connectionRows(
  interactions: readonly Interaction[],
  contacts: readonly Contact[],
  timeZone: string,
): ConnectionRow[] {
  const names = new Map(contacts.map((contact) => [contact.id, contact.name]));
  return [...interactions]
    .sort((a, b) => a.at - b.at)
    .map((interaction) => ({
      at: isoLocal(timeZone, interaction.at),
      kind: interaction.kind,
      mode: interaction.mode,
      direction: interaction.direction,
      people: interaction.contactIds.map((id) => names.get(id) ?? null),
      feltBefore: interaction.feltBefore,
      feltAfter: interaction.feltAfter,
      note: interaction.note,
    }));
}

/** The words of the connection log, from the message catalogue (the caller has it). */
export interface ConnectionLabels {
  header: Record<
    'at' | 'kind' | 'mode' | 'direction' | 'people' | 'feltBefore' | 'feltAfter' | 'note',
    string
  >;
  kind: Record<ConnectionKind, string>;
  mode: Record<ConnectionMode, string>;
  direction: Record<SupportDirection, string>;
  /** Stands for someone deleted from the network since the connection was logged. */
  unknownPerson: string;
}

/** The connection log as a CSV file. */
export function connectionsCsv(rows: readonly ConnectionRow[], labels: ConnectionLabels): string {
  const { header } = labels;
  return toCsv(
    [
      header.at,
      header.kind,
      header.mode,
      header.direction,
      header.people,
      header.feltBefore,
      header.feltAfter,
      header.note,
    ],
    rows.map((row): CsvCell[] => [
      row.at,
      labels.kind[row.kind],
      labels.mode[row.mode],
      labels.direction[row.direction],
      row.people.map((name) => name ?? labels.unknownPerson).join('; '),
      row.feltBefore,
      row.feltAfter,
      row.note,
    ]),
  );
}
