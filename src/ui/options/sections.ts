import type { MessageKey } from '../../i18n';

/** The options page's sections, in the order of its navigation; the id is the URL hash. */
export const SECTIONS = [
  { id: 'network', label: 'sectionNetwork' },
  { id: 'connections', label: 'sectionConnections' },
  { id: 'check-ins', label: 'sectionCheckIns' },
  { id: 'hours', label: 'sectionHours' },
  { id: 'work', label: 'sectionWork' },
  { id: 'messages', label: 'sectionMessages' },
  { id: 'reflection', label: 'sectionReflection' },
  { id: 'insights', label: 'sectionInsights' },
  { id: 'data', label: 'sectionData' },
] as const satisfies readonly { id: string; label: MessageKey }[];

export type SectionId = (typeof SECTIONS)[number]['id'];

/** The section a hash names ('#hours'), or the first one. */
export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#/, '');
  return SECTIONS.find((section) => section.id === id)?.id ?? SECTIONS[0].id;
}
