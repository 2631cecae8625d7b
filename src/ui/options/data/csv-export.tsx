import { createSignal } from 'solid-js';
import { now } from '../../../clock';
import { loadExportData, type ExportData } from '../../../db/export-data';
import {
  connectionRows,
  connectionsCsv,
  type ConnectionLabels,
} from '../../../domain/connection-rows';
import { workHoursCsv, workHoursRows, type WorkHoursLabels } from '../../../domain/work-hours-rows';
import { localDate } from '../../../domain/workday';
import { t, type MessageKey } from '../../../i18n';
import { read } from '../../shared/read';
import { SaveStatus, type StatusNote } from '../../shared/status-line';
import { download } from '../../shared/download';
import { errorText, weekdayName } from '../../shared/format';
import { DIRECTION_LABEL, KIND_LABEL, MODE_LABEL } from '../../shared/network-labels';

/** RFC 4180's type; the charset tells a browser that saves it as is what the bytes are. */
const CSV_TYPE = 'text/csv;charset=utf-8';

function translated<K extends string>(table: Record<K, MessageKey>): Record<K, string> {
  return Object.fromEntries(
    Object.entries<MessageKey>(table).map(([code, key]) => [code, t(key)]),
  ) as Record<K, string>;
}

function connectionLabels(): ConnectionLabels {
  return {
    header: {
      at: t('csvHeaderAt'),
      kind: t('csvHeaderKind'),
      mode: t('csvHeaderMode'),
      direction: t('csvHeaderDirection'),
      people: t('csvHeaderPeople'),
      feltBefore: t('csvHeaderFeltBefore'),
      feltAfter: t('csvHeaderFeltAfter'),
      note: t('csvHeaderNote'),
    },
    kind: translated(KIND_LABEL),
    mode: translated(MODE_LABEL),
    direction: translated(DIRECTION_LABEL),
    unknownPerson: t('csvUnknownPerson'),
  };
}

function workHoursLabels(): WorkHoursLabels {
  return {
    header: {
      date: t('csvHeaderDate'),
      weekday: t('csvHeaderWeekday'),
      scheduledHours: t('csvHeaderScheduledHours'),
      workedHours: t('csvHeaderWorkedHours'),
      workedClock: t('csvHeaderWorkedClock'),
      breaks: t('csvHeaderBreaks'),
      onCall: t('csvHeaderOnCall'),
      overDailyLimit: t('csvHeaderOverDailyLimit'),
      overWeeklyLimit: t('csvHeaderOverWeeklyLimit'),
    },
    weekday: weekdayName,
    yes: t('csvYes'),
    no: t('csvNo'),
  };
}

/** A file to save, or the reason there is none. */
type Export = { fileName: string; text: string; done: MessageKey } | { empty: MessageKey };

function connectionsExport(data: ExportData, today: string): Export {
  if (data.interactions.length === 0) return { empty: 'csvExportNoConnections' };
  const rows = connectionRows(data.interactions, data.contacts, data.settings.schedule.timeZone);
  return {
    fileName: `tend-connections-${today}.csv`,
    text: connectionsCsv(rows, connectionLabels()),
    done: 'csvExportConnectionsDone',
  };
}

function workHoursExport(data: ExportData, today: string, at: Date): Export {
  const rows = workHoursRows(data.settings, data.exceptions, data.activity, at);
  if (rows.length === 0) return { empty: 'csvExportNoWorkHours' };
  return {
    fileName: `tend-work-hours-${today}.csv`,
    text: workHoursCsv(rows, workHoursLabels()),
    done: 'csvExportWorkHoursDone',
  };
}

/**
 * Two buttons that save the connection log and the work hours per day as CSV files a
 * spreadsheet opens; the whole history is read fresh from the database on each click.
 */
export function CsvExport() {
  const [busy, setBusy] = createSignal(false);
  const [status, setStatus] = createSignal<StatusNote | null>(null);

  async function save(build: (data: ExportData, today: string, at: Date) => Export) {
    // aria-disabled, not disabled: a disabled button drops the keyboard focus it has.
    if (busy()) return;
    setBusy(true);
    setStatus(null);
    try {
      const [data, at] = await Promise.all([read(loadExportData), now()]);
      const file = build(data, localDate(data.settings.schedule.timeZone, at), at);
      if ('empty' in file) {
        setStatus({ ok: true, text: t(file.empty) });
        return;
      }
      download(file.fileName, file.text, CSV_TYPE);
      setStatus({ ok: true, text: t(file.done, file.fileName) });
    } catch (error) {
      setStatus({ ok: false, text: t('csvExportFailed', errorText(error)) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="csv-export-heading" class="field-block">
      <h3 id="csv-export-heading">{t('csvExportHeading')}</h3>
      <p class="muted">{t('csvExportIntro')}</p>
      <p class="muted">{t('csvExportPrivacy')}</p>
      <div class="form-actions">
        <button
          type="button"
          class="secondary"
          aria-disabled={busy()}
          onClick={() => void save(connectionsExport)}
        >
          {t('csvExportConnections')}
        </button>
        <button
          type="button"
          class="secondary"
          aria-disabled={busy()}
          onClick={() => void save(workHoursExport)}
        >
          {t('csvExportWorkHours')}
        </button>
      </div>
      <SaveStatus status={status()} />
    </section>
  );
}
