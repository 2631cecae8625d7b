import { PURPOSES } from './compose';
import type { MessageTemplate, Purpose, Templates } from './types';

/** The longest subject and message a template may hold, in characters. */
export const TEMPLATE_LIMITS = { subject: 200, body: 2000 } as const;

export type TemplateField = 'subject' | 'body';

export type TemplateErrorCode = 'subject-too-long' | 'body-empty' | 'body-too-long';

/** One problem with one purpose's template; `max` and `length` are there for the message. */
export interface TemplateError {
  purpose: Purpose;
  field: TemplateField;
  code: TemplateErrorCode;
  max?: number;
  length?: number;
}

// Code points, so an emoji counts as the one character the user sees typed.
const lengthOf = (text: string) => [...text].length;

/**
 * What is wrong with one template; empty when it can be saved. The subject may be empty
 * (it is only used for e-mail); the message may not. Text is only measured, never judged:
 * markup is just characters, and every page renders it as text.
 */
export function validateTemplate(purpose: Purpose, template: MessageTemplate): TemplateError[] {
  const errors: TemplateError[] = [];
  const subjectLength = lengthOf(template.subject);
  if (subjectLength > TEMPLATE_LIMITS.subject) {
    errors.push({
      purpose,
      field: 'subject',
      code: 'subject-too-long',
      max: TEMPLATE_LIMITS.subject,
      length: subjectLength,
    });
  }
  const bodyLength = lengthOf(template.body);
  if (template.body.trim() === '') {
    errors.push({ purpose, field: 'body', code: 'body-empty' });
  } else if (bodyLength > TEMPLATE_LIMITS.body) {
    errors.push({
      purpose,
      field: 'body',
      code: 'body-too-long',
      max: TEMPLATE_LIMITS.body,
      length: bodyLength,
    });
  }
  return errors;
}

/** Every problem with the templates, in the order the purposes are shown. */
export function validateTemplates(templates: Templates): TemplateError[] {
  return PURPOSES.flatMap((purpose) => validateTemplate(purpose, templates[purpose]));
}

/** Whether two templates say the same thing. */
export function sameTemplate(a: MessageTemplate, b: MessageTemplate): boolean {
  return a.subject === b.subject && a.body === b.body;
}

/**
 * What to store: null when every template is the suggested one, so a later catalogue
 * (a better wording, a translation) still reaches the user; otherwise the templates.
 */
export function ownTemplates(templates: Templates, defaults: Templates): Templates | null {
  const unchanged = PURPOSES.every((purpose) =>
    sameTemplate(templates[purpose], defaults[purpose]),
  );
  return unchanged ? null : templates;
}
