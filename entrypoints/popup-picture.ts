import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { paintPicture } from '../src/ui/popup/paint-picture';

// Run by popup.html as a plain script right after its container: the last settled popup goes
// on screen while the popup's own script still loads (src/ui/popup/paint-picture.ts). It calls
// no extension API, so it needs no polyfill and stays a few hundred bytes.
export default defineUnlistedScript(() => {
  const app = document.getElementById('app');
  if (app) paintPicture(app, navigator.language);
});
