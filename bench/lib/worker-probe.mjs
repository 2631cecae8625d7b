/* global chrome -- the probe runs in the extension's service worker */
// A probe the benchmark's copy of the build runs in its service worker before Tend's own
// script: it notes, on the worker's clock, each alarm and message the worker receives, when
// each call Tend makes to the browser's alarms, storage, idle, notifications and badge starts
// and ends, and each IndexedDB request with its store, index and result count. Tend's code is
// not changed; its calls only pass through these wrappers (a few microseconds a wake). The
// log tells the wake's figures and where its time goes. No mark inside Tend is needed.

export function workerProbe() {
  const log = [];
  const probe = { scriptStartMs: performance.now(), scriptEndMs: null, log };
  globalThis.__tendBench = probe;
  const note = (what, detail) => log.push({ t: performance.now(), what, detail });
  chrome.alarms.onAlarm.addListener((alarm) => note('alarm', alarm.name));
  chrome.runtime.onMessage.addListener((message) => {
    note('message', message?.type ?? null);
    return false;
  });
  // Notes a call and its end, whether it answers by callback (the polyfill's way) or promise.
  const wrap = (object, name, label, describe = () => null) => {
    const original = object?.[name];
    if (typeof original !== 'function') return;
    object[name] = function (...args) {
      const detail = describe(args);
      note(`${label}`, detail);
      const done = () => note(`${label}:done`, detail);
      const last = args.length - 1;
      if (typeof args[last] === 'function') {
        const callback = args[last];
        args[last] = function (...results) {
          done();
          return callback.apply(this, results);
        };
        return original.apply(object, args);
      }
      const result = original.apply(object, args);
      if (result && typeof result.then === 'function') result.then(done, done);
      return result;
    };
  };
  const alarmName = (args) => (typeof args[0] === 'string' ? args[0] : '');
  wrap(chrome.alarms, 'create', 'alarms.create', alarmName);
  wrap(chrome.alarms, 'clear', 'alarms.clear', alarmName);
  const keys = (args) => {
    const [items] = args;
    if (typeof items === 'string') return items;
    if (Array.isArray(items)) return items.join(',');
    return items && typeof items === 'object' ? Object.keys(items).join(',') : String(items);
  };
  for (const area of ['local', 'session']) {
    for (const method of ['get', 'set', 'remove']) {
      wrap(chrome.storage[area], method, `storage.${area}.${method}`, keys);
    }
  }
  wrap(chrome.idle, 'queryState', 'idle.queryState');
  wrap(chrome.notifications, 'create', 'notifications.create');
  wrap(chrome.notifications, 'getAll', 'notifications.getAll');
  wrap(chrome.action, 'setBadgeText', 'action.setBadgeText');
  // IndexedDB: each request from its start to its success, with what it read.
  const traceRequest = (proto, method, where) => {
    const original = proto[method];
    proto[method] = function (...args) {
      const request = original.apply(this, args);
      const detail = `${where(this)}.${method}`;
      note('idb', detail);
      request.addEventListener('success', () => {
        const { result } = request;
        note('idb:done', `${detail} ${Array.isArray(result) ? result.length : ''}`.trim());
      });
      return request;
    };
  };
  for (const method of ['get', 'getAll', 'getAllKeys', 'openCursor', 'count', 'put', 'add']) {
    traceRequest(IDBObjectStore.prototype, method, (store) => store.name);
  }
  for (const method of ['get', 'getAll', 'getAllKeys', 'openCursor', 'count']) {
    traceRequest(IDBIndex.prototype, method, (index) => `${index.objectStore.name}[${index.name}]`);
  }
  traceRequest(IDBFactory.prototype, 'open', () => 'indexedDB');
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const tx = transaction.apply(this, args);
    const detail = `${[].concat(args[0]).join(',')} ${args[1] ?? 'readonly'}`;
    note('tx', detail);
    tx.addEventListener('complete', () => note('tx:done', detail));
    return tx;
  };
}

/** The probe as a line for the start of background.js, and a line for its end. */
export const PROBE_PROLOGUE = `(${workerProbe.toString()})();\n`;
export const PROBE_EPILOGUE =
  '\nif (globalThis.__tendBench) globalThis.__tendBench.scriptEndMs = performance.now();\n';

/**
 * A wake's figures from the probe's log: from the alarm event to the next wake alarm set (the
 * second tend-wake alarm call; the first sets the 15-minute fallback) and to the popup's view
 * stored (Tend's last step), each to the moment the browser confirmed it.
 */
export function wakeFigures(log, trigger = 'alarm') {
  const start = log.find(
    (e) => e.what === trigger && (trigger !== 'alarm' || e.detail === 'tend-wake'),
  );
  if (!start) return null;
  const after = log.filter((e) => e.t >= start.t);
  const alarmsSet = after.filter(
    (e) =>
      (e.what === 'alarms.create:done' || e.what === 'alarms.clear:done') &&
      e.detail === 'tend-wake',
  );
  const stored = after.find(
    (e) => e.what === 'storage.local.set:done' && e.detail.split(',').includes('tend-popup-view'),
  );
  if (!stored) return null;
  return {
    startT: start.t,
    toNextAlarmMs: alarmsSet[1] ? alarmsSet[1].t - start.t : null,
    toViewStoredMs: stored.t - start.t,
    timeline: after
      .filter((e) => e.t <= stored.t)
      .map((e) => ({
        ms: Math.round((e.t - start.t) * 100) / 100,
        what: e.what,
        detail: e.detail,
      })),
  };
}
