import { readPopupViewAhead } from '../../src/storage/popup-view';

// Imported first by main.tsx: the stored view is on its way before Solid and the popup's
// components evaluate, and before they start reads of their own.
readPopupViewAhead();
