/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_POLICY, tryForbidden } from '../support/policy';
import { launchTend, type FirefoxTend } from './support/launch-tend';

let tend: FirefoxTend;

beforeAll(async () => {
  tend = await launchTend();
});

afterAll(async () => {
  await tend?.close();
});

describe('the content security policy, in Firefox', () => {
  it('is the narrow one, declared for every page of Tend', async () => {
    const declared = await tend.probe.evaluate(
      () => chrome.runtime.getManifest().content_security_policy,
    );
    expect(declared).toEqual({ extension_pages: EXPECTED_POLICY });
  });

  it('refuses an inline script, a remote image and a connection in a page of Tend', async () => {
    const popup = await tend.open('popup.html');
    const tried = await popup.evaluate(tryForbidden);
    expect(tried).toEqual({
      inlineRan: false,
      fetched: 'refused',
      violations: ['connect-src', 'img-src', 'script-src-elem'],
    });
  });
});
