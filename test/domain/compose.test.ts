import { describe, expect, it } from 'vitest';
import {
  composeLinks,
  fillTemplate,
  firstName,
  PURPOSES,
  suggestedMessage,
  type Templates,
} from '../../src/domain/compose';

const HOSTILE = 'Tom & Jerry? #1 a=b\nline two: ünïcödé 🙂 100%';
const enc = encodeURIComponent;

describe('firstName', () => {
  it.each([
    ['Sam Rivera', false, 'Sam'],
    ['  Zoë   Ångström ', false, 'Zoë'],
    ['Peer support group', true, 'Peer support group'],
    ['Madonna', false, 'Madonna'],
  ])('calls %j (group: %s) %j', (name, isGroup, expected) => {
    expect(firstName({ name, isGroup })).toBe(expected);
  });
});

describe('fillTemplate', () => {
  it('fills every {name}', () => {
    expect(fillTemplate('Hi {name}, {name}!', 'Sam')).toBe('Hi Sam, Sam!');
  });

  it('takes the name literally, replacement patterns included', () => {
    expect(fillTemplate('Hi {name}', "$& $' $1 & ?")).toBe("Hi $& $' $1 & ?");
  });

  it('fills the purpose’s own template, subject and body', () => {
    const templates = Object.fromEntries(
      PURPOSES.map((purpose) => [purpose, { subject: `${purpose} {name}`, body: `to {name}` }]),
    ) as Templates;
    expect(suggestedMessage('thank-you', 'Ana', templates)).toEqual({
      subject: 'thank-you Ana',
      body: 'to Ana',
    });
  });
});

describe('composeLinks', () => {
  it('puts an encoded subject and body on the checked mailto: address', () => {
    const links = composeLinks({ kind: 'email', value: 'sam@example.org' }, HOSTILE, HOSTILE);
    const crlf = HOSTILE.replace('\n', '\r\n');
    const subject = HOSTILE.replace('\n', ' ');
    expect(links).toEqual({
      href: `mailto:sam@example.org?subject=${enc(subject)}&body=${enc(crlf)}`,
      copyOnly: false,
      copyText: false,
    });
    // Nothing in the text can start a header, a fragment or a second field.
    const query = links.href!.split('?')[1]!;
    expect(query.split('&')).toHaveLength(2);
    expect(links.href).not.toMatch(/[ #\n]/);
    expect(links.href).toContain('%20');
    expect(links.href).toContain('%0D%0A');
  });

  it('writes every line break of a mail body as %0D%0A, as RFC 6068 asks', () => {
    const href = composeLinks(
      { kind: 'email', value: 'a@b.org' },
      '',
      'one\ntwo\r\nthree\rfour',
    ).href;
    expect(href).toBe('mailto:a@b.org?body=one%0D%0Atwo%0D%0Athree%0D%0Afour');
  });

  it('keeps the subject to one line', () => {
    expect(composeLinks({ kind: 'email', value: 'a@b.org' }, 'One\r\n\nTwo', '').href).toBe(
      'mailto:a@b.org?subject=One%20Two',
    );
  });

  it('leaves out an empty subject', () => {
    expect(composeLinks({ kind: 'email', value: 'a@b.org' }, '', 'Hi').href).toBe(
      'mailto:a@b.org?body=Hi',
    );
  });

  it('survives half an emoji pasted into the text', () => {
    const href = composeLinks({ kind: 'email', value: 'a@b.org' }, '', 'x\uD83D').href;
    expect(href).toBe('mailto:a@b.org?body=x%EF%BF%BD');
  });

  it('puts the encoded body on an sms: link to the dialled number', () => {
    expect(composeLinks({ kind: 'sms', value: '+44 (0)20 7946 0000' }, 'ignored', HOSTILE)).toEqual(
      { href: `sms:+442079460000?body=${enc(HOSTILE)}`, copyOnly: false, copyText: false },
    );
  });

  it.each(['chat', 'video', 'web'] as const)(
    'opens a %s link as it is and copies the text for pasting',
    (kind) => {
      expect(composeLinks({ kind, value: 'https://chat.example/u/sam' }, 'S', HOSTILE)).toEqual({
        href: 'https://chat.example/u/sam',
        copyOnly: false,
        copyText: true,
      });
    },
  );

  it.each([
    ['phone', '+1 555 0100'],
    ['in-person', 'The café'],
    ['email', 'sam@example.org?cc=boss@example.org'],
    ['chat', 'javascript:alert(1)'],
    ['sms', 'not a number'],
  ] as const)('only copies for %s %j', (kind, value) => {
    expect(composeLinks({ kind, value }, 'S', 'B')).toEqual({
      href: null,
      copyOnly: true,
      copyText: true,
    });
  });
});
