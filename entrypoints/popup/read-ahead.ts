import { readPopupViewAhead } from '../../src/storage/popup-view';
import { readWaitingAhead } from '../../src/ui/popup/load-waiting';

// Imported first by main.tsx: the stored view is on its way before Solid and the popup's
// components evaluate, and before they start reads of their own; the waiting nudges just
// behind it, so that their card's chunk, when one waits, comes while the popup renders.
readPopupViewAhead();
readWaitingAhead();
