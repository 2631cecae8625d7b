import type { MatcherFunction } from '@testing-library/dom';

/**
 * Finds the element whose whole text reads `text`, names and all: a sentence puts each name
 * in a <bdi> of its own, which the plain text query (an element's own text nodes) misses.
 */
export function sentence(text: string | RegExp): MatcherFunction {
  const reads = (value: string | null | undefined) =>
    typeof text === 'string' ? value === text : text.test(value ?? '');
  return (_content, element) =>
    element !== null &&
    reads(element.textContent) &&
    ![...element.children].some((child) => reads(child.textContent));
}
