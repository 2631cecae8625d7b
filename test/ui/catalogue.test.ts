import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import catalogue from '../../public/_locales/en/messages.json';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(rel);
    return /\.(ts|tsx)$/.test(entry.name) ? [rel] : [];
  });
}

describe('the message catalogue', () => {
  it('holds no string that nothing says', () => {
    const code = [...sources('src'), ...sources('entrypoints'), 'wxt.config.ts']
      .map((file) => readFileSync(path.join(ROOT, file), 'utf8'))
      .join('\n');
    // Keys are named whole, never built, so each appears quoted (or as __MSG_key__ in the
    // manifest) wherever it is used.
    const quoted = (key: string) =>
      [`'${key}'`, `"${key}"`, `__MSG_${key}__`].some((use) => code.includes(use));
    // A plural form ('countBreaks_one') is said where plural() is asked for its message by
    // the name before the category ('countBreaks').
    const pluralOf = (key: string) => /^(.+)_(zero|one|two|few|many|other)$/.exec(key)?.[1];
    const said = (key: string) => {
      const base = pluralOf(key);
      return quoted(key) || (base !== undefined && `${base}_other` in catalogue && quoted(base));
    };
    expect(Object.keys(catalogue).filter((key) => !said(key))).toEqual([]);
  });
});
