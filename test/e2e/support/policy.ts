/**
 * The content security policy Tend's pages run under, as issue 16 asked for it: nothing but
 * Tend's own files, no plugins, no <base>, no form posts, images of its own or inline data,
 * no connection anywhere but to itself.
 */
export const EXPECTED_POLICY =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; img-src 'self' data:; connect-src 'self'";

/** What a page tries that the policy must refuse, and what it refused (run in the page). */
export async function tryForbidden(): Promise<{
  inlineRan: boolean;
  fetched: string;
  violations: string[];
}> {
  const violations: string[] = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    violations.push(event.effectiveDirective),
  );
  const script = document.createElement('script');
  script.textContent = 'document.documentElement.dataset.inlineRan = "yes"';
  document.head.append(script);
  const image = new Image();
  image.src = 'https://example.org/pixel.png';
  document.body.append(image);
  const fetched = await fetch('https://example.org/').then(
    () => 'fetched',
    () => 'refused',
  );
  // The image's violation is reported as a task of its own.
  await new Promise((done) => setTimeout(done, 300));
  image.remove();
  script.remove();
  return {
    inlineRan: document.documentElement.dataset.inlineRan === 'yes',
    fetched,
    violations: [...new Set(violations)].sort(),
  };
}
