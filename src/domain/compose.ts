import { reachLink } from './network/reach-link';
import type { Contact, MessageTemplate, Purpose, ReachWay, Templates } from './types';

export type { MessageTemplate, Purpose, Templates } from './types';

export const PURPOSES: readonly Purpose[] = [
  'check-in',
  'thank-you',
  'invite',
  'supervision',
  'offer-support',
];

/** How a written message leaves: a link that opens the channel, or only the clipboard. */
export interface ComposeLinks {
  /** Opens the channel (mailto: and sms: carry the text); null when there is nothing to open. */
  href: string | null;
  /** No channel to open: the text can only be copied. */
  copyOnly: boolean;
  /** The link opens the channel but cannot carry the text (chat, video), so it is copied too. */
  copyText: boolean;
}

/** What to call someone in a message: a group by its name, a person by their first word. */
export function firstName(contact: Pick<Contact, 'name' | 'isGroup'>): string {
  const name = contact.name.trim();
  if (contact.isGroup) return name;
  return name.split(/\s+/u)[0] ?? '';
}

/** The template with every `{name}` replaced, taken literally (a '$&' in a name stays '$&'). */
export function fillTemplate(template: string, name: string): string {
  return template.split('{name}').join(name);
}

/** The purpose's template with the name filled in. */
export function suggestedMessage(
  purpose: Purpose,
  name: string,
  templates: Templates,
): MessageTemplate {
  const template = templates[purpose];
  return { subject: fillTemplate(template.subject, name), body: fillTemplate(template.body, name) };
}

// RFC 6068: a line break in a mailto: body is written as %0D%0A.
const crlf = (text: string) => text.replace(/\r\n|\r|\n/g, '\r\n');
const lf = (text: string) => text.replace(/\r\n|\r/g, '\n');
// A subject is one header line: a pasted line break becomes a space.
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

// encodeURIComponent throws on half an emoji (a lone surrogate), which a paste can leave.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function query(fields: [string, string][]): string {
  const parts = fields
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'))}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

const COPY_ONLY: ComposeLinks = { href: null, copyOnly: true, copyText: true };

/**
 * The link that sends a message by `way`, built on reachLink's checked address so that
 * nothing in the text can add a recipient, a header or a scheme; copy only when no link fits.
 */
export function composeLinks(way: ReachWay, subject: string, body: string): ComposeLinks {
  const link = reachLink(way);
  if (!link.ok || link.href === null) return COPY_ONLY;
  switch (way.kind) {
    case 'email':
      return {
        href:
          link.href +
          query([
            ['subject', oneLine(subject)],
            ['body', crlf(body)],
          ]),
        copyOnly: false,
        copyText: false,
      };
    case 'sms':
      return { href: link.href + query([['body', lf(body)]]), copyOnly: false, copyText: false };
    case 'chat':
    case 'video':
    case 'web':
      return { href: link.href, copyOnly: false, copyText: true };
    default:
      // A phone call carries no text: the message is there to read from or paste.
      return COPY_ONLY;
  }
}
