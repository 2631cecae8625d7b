import type { SectionId } from '../../domain/page-address';
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
] as const satisfies readonly { id: SectionId; label: MessageKey }[];
