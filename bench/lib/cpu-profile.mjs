// CPU profiles through the Chrome DevTools Protocol, and where their time went: self time
// by module and by function. On the unminified build (bench/wxt.profile.config.ts) each
// bundle keeps a `// src/…` or `// node_modules/…` line where each module starts, so a
// sample's line in the bundle names its module.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROBE_PROLOGUE } from './worker-probe.mjs';

const INTERVAL_US = 200;

/** Profiles an open page while `work` runs (the page's renderer, not the worker). */
export async function profilePage(page, work) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL_US });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  return profile;
}

/** Profiles the extension's service worker while `work` runs (it must keep running). */
export async function profileWorker(context, work) {
  const browser = await context.browser().newBrowserCDPSession();
  const { targetInfos } = await browser.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker');
  const { sessionId } = await browser.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  let id = 0;
  const pending = new Map();
  browser.on('Target.receivedMessageFromTarget', (event) => {
    const message = event.sessionId === sessionId ? JSON.parse(event.message) : {};
    pending.get(message.id)?.(message.result);
    pending.delete(message.id);
  });
  const send = (method, params = {}) =>
    new Promise((resolve) => {
      id += 1;
      pending.set(id, resolve);
      void browser.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    });
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: INTERVAL_US });
  await send('Profiler.start');
  await work();
  const { profile } = await send('Profiler.stop');
  await browser.send('Target.detachFromTarget', { sessionId });
  await browser.detach();
  return profile;
}

const MODULE_LINE =
  /^\s*\/\/ ((?:\.\.\/)*(?:src|entrypoints|node_modules|main\/node_modules)\/\S+)$/;

/** For one bundle: the module each line belongs to (in the bench copy, the probe first). */
async function moduleMap(buildDir, file) {
  const lines = (await readFile(path.join(buildDir, file), 'utf8')).split('\n');
  const probeLines = file === 'background.js' ? PROBE_PROLOGUE.split('\n').length - 1 : 0;
  const modules = Array(probeLines).fill('(bench worker probe)');
  let current = '(bundle runtime)';
  for (const line of lines) {
    const match = MODULE_LINE.exec(line);
    if (match) current = match[1].replace(/^(\.\.\/)*(main\/)?/, '');
    modules.push(current);
  }
  return modules;
}

/** Self time (ms) by module and by function, summed over `profiles`. */
export async function whereTimeWent(profiles, buildDir, top = 12) {
  const maps = new Map();
  const byModule = new Map();
  const byFunction = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  let total = 0;
  for (const profile of profiles) {
    const self = new Map();
    for (let i = 0; i < profile.samples.length; i += 1) {
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + ms);
    }
    for (const node of profile.nodes) {
      const ms = self.get(node.id) ?? 0;
      const { functionName, url, lineNumber } = node.callFrame;
      if (ms === 0 || functionName === '(idle)') continue;
      total += ms;
      // No URL: the engine's own work, named in brackets, or a script with no file (the
      // bench's page probe and Playwright's evaluations).
      let module = url ? url.replace(/^chrome-extension:\/\/[^/]+\//, '') : functionName;
      if (!module) module = '(script without a file: bench probe, Playwright)';
      if (url.startsWith('chrome-extension://')) {
        if (!maps.has(module)) maps.set(module, await moduleMap(buildDir, module).catch(() => []));
        module = maps.get(module)[lineNumber] ?? module;
      } else if (url) module = '(browser or bench script)';
      add(byModule, module, ms);
      add(byFunction, `${functionName || '(anonymous)'} — ${module}`, ms);
    }
  }
  const ranked = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: Math.round(ms * 10) / 10 }));
  return {
    totalMs: Math.round(total * 10) / 10,
    byModule: ranked(byModule),
    byFunction: ranked(byFunction),
  };
}
