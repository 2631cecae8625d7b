import { defineBackground } from 'wxt/utils/define-background';
import { registerBackground } from '../src/background/register';

// MV3 may stop the worker after ~30 s idle; listeners registered synchronously here
// are what wake it again, so this file only wires and never awaits before registering.
export default defineBackground(() => {
  registerBackground();
});
