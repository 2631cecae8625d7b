// How Solid compiles Tend's pages, for the build (wxt.config.ts) and the unit tests
// (vitest.config.ts) alike, so the tests run what ships.
//
// Each handler on its own element, as addEventListener puts it: Solid's delegation (one
// listener on the document per event type, and its dispatcher) was 0.4 KB gzipped of the
// popup's first script, for pages with a handful of buttons each.
export const solidOptions = { delegateEvents: false };
