/** A handler that logs a failed step of the background's work under what it was. */
export function logFailure(what: string) {
  return (error: unknown) => console.error(`Tend background: ${what}`, error);
}
