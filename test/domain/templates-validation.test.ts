import { describe, expect, it } from 'vitest';
import { PURPOSES, type Templates } from '../../src/domain/compose';
import { templateHints } from '../../src/domain/network/sensitive-note';
import {
  ownTemplates,
  validateTemplate,
  validateTemplates,
} from '../../src/domain/templates-validation';

const template = (subject: string, body: string) => ({ subject, body });

function templates(body = 'Hi {name}'): Templates {
  return Object.fromEntries(
    PURPOSES.map((purpose) => [purpose, template(`About ${purpose}`, `${body} (${purpose})`)]),
  ) as Templates;
}

describe('validateTemplate', () => {
  it('accepts an empty subject, which only e-mail uses', () => {
    expect(validateTemplate('check-in', template('', 'Hi {name}'))).toEqual([]);
  });

  it('accepts a subject of exactly 200 characters and refuses 201', () => {
    expect(validateTemplate('invite', template('s'.repeat(200), 'Hi'))).toEqual([]);
    expect(validateTemplate('invite', template('s'.repeat(201), 'Hi'))).toEqual([
      { purpose: 'invite', field: 'subject', code: 'subject-too-long', max: 200, length: 201 },
    ]);
  });

  it('refuses an empty message and one of only spaces and line breaks', () => {
    for (const body of ['', '   ', '\n\t \n']) {
      expect(validateTemplate('thank-you', template('Thanks', body))).toEqual([
        { purpose: 'thank-you', field: 'body', code: 'body-empty' },
      ]);
    }
  });

  it('accepts a message of 2 000 characters and refuses 5 000', () => {
    expect(validateTemplate('check-in', template('', 'b'.repeat(2000)))).toEqual([]);
    expect(validateTemplate('check-in', template('', 'b'.repeat(5000)))).toEqual([
      { purpose: 'check-in', field: 'body', code: 'body-too-long', max: 2000, length: 5000 },
    ]);
  });

  it('counts an emoji as one character', () => {
    expect(validateTemplate('check-in', template('🙂'.repeat(200), '🙂'.repeat(2000)))).toEqual([]);
  });

  it('reports both fields at once', () => {
    const found = validateTemplate('supervision', template('s'.repeat(300), ' '));
    expect(found.map((error) => error.field)).toEqual(['subject', 'body']);
  });

  it('takes markup as plain characters', () => {
    const markup = template('<b>Hi</b>', '<script>alert(1)</script> Hi {name} <img src=x>');
    expect(validateTemplate('offer-support', markup)).toEqual([]);
  });
});

describe('validateTemplates', () => {
  it('lists problems in the order the purposes are shown', () => {
    const all = templates();
    all['offer-support'] = template('', '');
    all['check-in'] = template('', 'x'.repeat(2001));
    expect(validateTemplates(all).map((error) => error.purpose)).toEqual([
      'check-in',
      'offer-support',
    ]);
  });

  it('is empty for the user’s own valid templates', () => {
    expect(validateTemplates(templates())).toEqual([]);
  });
});

describe('templateHints', () => {
  it('is quiet for an ordinary message', () => {
    expect(templateHints(template('Coffee?', 'Hi {name}, coffee on 12 March?'))).toEqual([]);
  });

  it('notices a case number in the message', () => {
    expect(templateHints(template('Hi', 'About case #448812, {name}'))).toEqual(['case-number']);
  });

  it('notices a date of birth in the subject too, once each', () => {
    expect(
      templateHints(template('DOB 03/04/1987', 'Born 3 April 1987, see case #448812')),
    ).toEqual(['date-of-birth', 'case-number']);
  });
});

describe('ownTemplates', () => {
  it('stores nothing when every template is the suggested one, so catalogue updates still arrive', () => {
    const defaults = templates();
    expect(ownTemplates(structuredClone(defaults), defaults)).toBeNull();
  });

  it('keeps the templates when one of them differs', () => {
    const defaults = templates();
    const own = structuredClone(defaults);
    own.invite = template('Walk?', 'Fancy a walk, {name}?');
    expect(ownTemplates(own, defaults)).toEqual(own);
  });

  it('counts a changed subject alone as the user’s own', () => {
    const defaults = templates();
    const own = structuredClone(defaults);
    own['thank-you'] = { ...own['thank-you'], subject: 'Thanks!' };
    expect(ownTemplates(own, defaults)).toEqual(own);
  });
});
