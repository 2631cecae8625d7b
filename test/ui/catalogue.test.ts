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
    const said = (key: string) =>
      [`'${key}'`, `"${key}"`, `__MSG_${key}__`].some((use) => code.includes(use));
    expect(Object.keys(catalogue).filter((key) => !said(key))).toEqual([]);
  });
});
