import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { POPUP_VIEW_FORMAT, type PopupView } from '../../src/domain/popup-view';
import { popupView, readPopupViewAhead, savedPopupView } from '../../src/storage/popup-view';

/** A stored view of the current shape; only `computedAt` tells two apart here. */
const aView = (computedAt: number) => ({ format: POPUP_VIEW_FORMAT, computedAt }) as PopupView;

describe('the popup’s stored view', () => {
  it('gives the first read the view stored when it started, and later reads a fresh one', async () => {
    await popupView.setValue(aView(1));
    readPopupViewAhead();
    expect(await savedPopupView()).toEqual(aView(1));
    // A wake stores a newer view: the popup's next read (after a write, or a tick) sees it.
    await popupView.setValue(aView(2));
    expect(await savedPopupView()).toEqual(aView(2));
  });

  it('takes a view an older Tend stored, of another format, for none', async () => {
    // Where profiles hold it since the first popup view: the key must never change.
    await fakeBrowser.storage.local.set({ 'tend-popup-view': { format: 0, computedAt: 1 } });
    expect(await savedPopupView()).toBeNull();
    await fakeBrowser.storage.local.set({ 'tend-popup-view': aView(1) });
    expect(await savedPopupView()).toEqual(aView(1));
  });
});
