import * as v from 'valibot';
import {
  BACKUP_MAX_BYTES,
  BACKUP_VERSION,
  COLLECTIONS,
  counted,
  message,
  type AnyBackup,
  type Backup,
  type BackupMessage,
  type Collection,
} from './format';
import { backupSchemas, envelope } from './schema';
import { ID_PATTERN } from './schema-parts';
import { upgradeBackup } from './upgrade';
import { backupProblem, problemMessage, type Place } from './validate';

export type ParseResult = { ok: true; backup: Backup } | { ok: false; message: BackupMessage };

const refuse = (reason: BackupMessage): ParseResult => ({ ok: false, message: reason });

const megabytes = (size: number) => (size / 1024 / 1024).toFixed(1);
// A file's size rounded up: one byte over 20 MB reads "20.1 MB", never "20.0 MB" against the
// limit of 20.0 MB.
const megabytesUp = (size: number) => (Math.ceil((size / 1024 / 1024) * 10) / 10).toFixed(1);

/** Refuses a file by its size before it is read: a 50 MB file is never parsed. */
export function sizeProblem(bytes: number): BackupMessage | null {
  if (bytes === 0) return message('backupErrorEmpty');
  return bytes > BACKUP_MAX_BYTES
    ? message('backupErrorTooLarge', megabytesUp(bytes), megabytes(BACKUP_MAX_BYTES))
    : null;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** What is wrong with a value the file does hold, from the check that refused it. */
function valueProblem(issue: v.BaseIssue<unknown>, field: string): BackupMessage {
  switch (issue.type) {
    case 'literal':
    case 'picklist':
    case 'variant':
      return message('backupProblemValue', field);
    case 'max_length':
      return Array.isArray(issue.input)
        ? counted('backupProblemTooMany', field, Number(issue.requirement))
        : counted('backupProblemTooLong', field, Number(issue.requirement));
    case 'min_length':
      return message('backupProblemEmpty', field);
    case 'min_value':
    case 'max_value':
      return message('backupProblemRange', field);
    // 1e999 (read as Infinity) or 1.5 where a whole number belongs is no number Tend can use.
    case 'finite':
    case 'integer':
      return message('backupProblemType', field);
    case 'regex':
      return issue.requirement === ID_PATTERN
        ? message('backupProblemId', field)
        : message('backupProblemInvalid', field);
    default:
      // A schema refuses the kind of value (a string for a number, a list for a record); an
      // action refuses its form (a pattern, a key that is not a date).
      return issue.kind === 'schema'
        ? message('backupProblemType', field)
        : message('backupProblemInvalid', field);
  }
}

/** What a schema issue means for a person, and where in the file it is. */
function issueProblem(issue: v.BaseIssue<unknown>, data: unknown) {
  const path: readonly PropertyKey[] = (issue.path ?? []).map((item) => item.key as PropertyKey);
  const [first, second] = path;
  const collection = COLLECTIONS.find((name) => name === first) as Collection | undefined;
  let place: Place;
  let fieldPath: readonly PropertyKey[];
  if (collection && typeof second === 'number') {
    place = { in: collection, index: second, record: valueAt(data, [collection, second]) };
    fieldPath = path.slice(2);
  } else if (first === 'settings' && path.length > 1) {
    place = { in: 'settings' };
    fieldPath = path.slice(1);
  } else {
    place = { in: 'file' };
    fieldPath = path;
  }
  const field = fieldPath.map(String).join('.');
  const value = valueAt(data, path);
  let problem: BackupMessage;
  if (field === '' && place.in !== 'file') problem = message('backupProblemNotRecord');
  else if (value === undefined) problem = message('backupProblemMissing', field);
  else problem = valueProblem(issue, field);
  return problemMessage({ place, problem });
}

/**
 * Reads a backup file's text: size, JSON, which app and version, the shape of every record,
 * then what the forms and the database would refuse. An older version comes back upgraded
 * to the current one. `now` (UTC ms) is when the import happens: a connection may lie ahead of
 * it by the clock skew between two computers, not by more than a day.
 */
export function parseBackup(text: string, now: number): ParseResult {
  // A UTF-16 code unit is at least one byte, so this never refuses what the file size let in.
  const tooLarge = sizeProblem(text.length);
  if (tooLarge) return refuse(tooLarge);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return refuse(message('backupErrorEmpty'));
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return refuse(message('backupErrorNotJson'));
  }
  if (!v.is(envelope, data)) return refuse(message('backupErrorNotTend'));
  const version = (data as { version: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return refuse(message('backupErrorNewer', String(version), String(BACKUP_VERSION)));
  }
  if (version !== 1 && version !== 2 && version !== 3) {
    return refuse(message('backupErrorVersion', String(BACKUP_VERSION)));
  }
  const schema: v.GenericSchema<unknown, AnyBackup> = backupSchemas[version];
  const shaped = v.safeParse(schema, data);
  if (!shaped.success) return refuse(issueProblem(shaped.issues[0], data));
  const backup = upgradeBackup(shaped.output);
  const problem = backupProblem(backup, now);
  return problem ? refuse(problemMessage(problem)) : { ok: true, backup };
}

/** Objects with their keys in alphabetical order, wherever the record was first written. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, record[key]]),
  );
}

const json = (value: unknown) => JSON.stringify(value, sortedKeys);

/**
 * The text of a backup file: JSON, one line per record so a diff or a reader can follow it,
 * keys in alphabetical order so the same data always gives the same text.
 */
export function backupText(backup: Backup): string {
  const lines: string[] = ['{'];
  const head = {
    format: backup.format,
    version: backup.version,
    exportedAt: backup.exportedAt,
    settings: backup.settings,
  };
  for (const [key, value] of Object.entries(head)) {
    lines.push(`  ${JSON.stringify(key)}: ${json(value)},`);
  }
  COLLECTIONS.forEach((collection, index) => {
    const records: readonly unknown[] = backup[collection];
    const end = index === COLLECTIONS.length - 1 ? '' : ',';
    if (records.length === 0) {
      lines.push(`  ${JSON.stringify(collection)}: []${end}`);
      return;
    }
    lines.push(`  ${JSON.stringify(collection)}: [`);
    records.forEach((record, i) => {
      lines.push(`    ${json(record)}${i === records.length - 1 ? '' : ','}`);
    });
    lines.push(`  ]${end}`);
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
