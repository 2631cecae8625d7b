import { describe, expect, it } from 'vitest';
import { saveContact } from '../../src/db/contacts';
import { guardPasses, recordGuardPass } from '../../src/db/meta';
import { openDb } from '../../src/db/open';
import { savedPopupView } from '../../src/storage/popup-view';
import { write, writeAndPlan, writeGuardPass } from '../../src/ui/shared/write';
import { aContact } from '../db/factories';
import { silentBackground, startBackground } from '../support/background';

const sam = aContact({ id: 'sam', name: 'Sam Rivera' });

describe('the one way a page changes data', () => {
  it('writes, tells the background, and answers with the view it planned', async () => {
    const background = startBackground();
    const { result, view } = await writeAndPlan('contacts', (db) => saveContact(db, sam));
    expect(result).toEqual(sam);
    expect(background.told).toEqual(['contacts']);
    expect(view).toEqual(await savedPopupView());
    expect(view?.firstRun).toBe(false);
  });

  it('keeps what it wrote when no background answers, and says the next wake will plan', async () => {
    const background = silentBackground();
    const { result, view } = await writeAndPlan('contacts', (db) => saveContact(db, sam));
    expect(result).toEqual(sam);
    expect(view).toBeNull();
    expect(await (await openDb()).get('contacts', 'sam')).toEqual(sam);
    expect(background.told).toEqual(['contacts']);
    expect(background.unheard).toEqual([
      ['Tend: the background will replan at its next wake', expect.any(Error)],
    ]);
  });

  it('tells nothing when the write fails, and hands its error to the page', async () => {
    const background = startBackground();
    const refused = new Error('quota exceeded');
    await expect(write('contacts', () => Promise.reject(refused))).rejects.toBe(refused);
    expect(background.told).toEqual([]);
  });

  it('writes a pass through the guard without a word to the background, which plans none', async () => {
    const background = startBackground();
    const passes = await writeGuardPass((db) => recordGuardPass(db, 'https://news.example', 1));
    expect(passes.count).toBe(1);
    expect((await guardPasses(await openDb())).count).toBe(1);
    expect(background.told).toEqual([]);
    expect(background.asked).toEqual([]);
  });
});
