/** U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/**
 * A name (or any text the user typed) as it goes into a sentence: isolated, so its own
 * direction, an Arabic or Hebrew name or a stray right-to-left override (U+202E), never
 * turns the words around it. Notifications show it as it is; pages show it as a <bdi>.
 */
export function isolated(name: string): string {
  return `${FSI}${name.replaceAll(FSI, '').replaceAll(PDI, '')}${PDI}`;
}
