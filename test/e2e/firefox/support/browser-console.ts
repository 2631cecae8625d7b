import type { Browser } from 'puppeteer-core';

/** A script error or warning in Firefox's browser console. */
export interface ConsoleEntry {
  source: string;
  message: string;
  warning: boolean;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface EvaluateResult {
  result: { type: string; value?: string };
}

// Firefox reports some of an add-on's problems only to its browser console, not to stdout
// and not over WebDriver BiDi: the warning for a listener on an event it does not implement
// (notifications.onButtonClicked) is one. With --remote-allow-system-access, BiDi can run
// script in the browser window itself ("moz:scope": "chrome"), which can read that console.
const READ_CONSOLE = `JSON.stringify(
  Services.console.getMessageArray()
    .filter((entry) => entry instanceof Ci.nsIScriptError)
    .map((entry) => ({
      source: entry.sourceName,
      message: entry.errorMessage,
      warning: (entry.flags & Ci.nsIScriptError.warningFlag) !== 0,
    })),
)`;

/** Every script error and warning in Firefox's browser console so far. */
export async function browserConsole(firefox: Browser): Promise<ConsoleEntry[]> {
  // puppeteer-core exposes its BiDi connection on the browser object, though not in its types.
  const connection = (firefox as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' }))
    .result as { contexts: { context: string }[] };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('Firefox showed no browser window to read its console from');
  const answer = (
    await connection.send('script.evaluate', {
      expression: READ_CONSOLE,
      target: { context },
      awaitPromise: false,
    })
  ).result as EvaluateResult;
  return JSON.parse(answer.result.value ?? '[]') as ConsoleEntry[];
}
