/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_POLICY, tryForbidden } from './support/policy';
import { launchTend, type Tend } from './support/tend';

let tend: Tend;

beforeAll(async () => {
  tend = await launchTend();
});

afterAll(async () => {
  await tend?.close();
});

describe('the content security policy, in Chromium', () => {
  it('is the narrow one, declared for every page of Tend', async () => {
    const popup = await tend.open('popup.html');
    const declared = await popup.evaluate(
      () => chrome.runtime.getManifest().content_security_policy,
    );
    expect(declared).toEqual({ extension_pages: EXPECTED_POLICY });
  });

  it('refuses an inline script, a remote image and a connection in a page of Tend', async () => {
    const options = await tend.open('options.html');
    const tried = await options.evaluate(tryForbidden);
    expect(tried).toEqual({
      inlineRan: false,
      fetched: 'refused',
      violations: ['connect-src', 'img-src', 'script-src-elem'],
    });
  });
});
