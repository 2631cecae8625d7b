import { describe, expect, it } from 'vitest';
import { POPUP_VIEW_FORMAT, type PopupView } from '../../src/domain/popup-view';
import { readPopupViewAhead, savedPopupView, savePopupView } from '../../src/popup-view-store';

/** A stored view of the current shape; only `computedAt` tells two apart here. */
const aView = (computedAt: number) => ({ format: POPUP_VIEW_FORMAT, computedAt }) as PopupView;

describe('the popup’s read ahead', () => {
  it('gives the first read the view stored when it started, and later reads a fresh one', async () => {
    await savePopupView(aView(1));
    readPopupViewAhead();
    expect(await savedPopupView()).toEqual(aView(1));
    // A wake stores a newer view: the popup's next read (after a write, or a tick) sees it.
    await savePopupView(aView(2));
    expect(await savedPopupView()).toEqual(aView(2));
  });
});
