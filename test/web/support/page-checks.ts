import type { Page } from 'playwright-core';

/**
 * Collects what a page must never do into `errors`: a script error, or a Content Security Policy
 * refusal (reported on the console; the pages must need nothing the policy forbids). A page
 * answered 401 or 429 is reported too, as a failed resource: that is the page's point, not an error.
 */
export function collectPageErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      errors.push(message.text());
    }
  });
}

/** Whether the page scrolls sideways (what WCAG 1.4.10 forbids at 320 CSS px). */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = (
      globalThis as unknown as {
        document: { documentElement: { scrollWidth: number; clientWidth: number } };
      }
    ).document.documentElement;
    return root.scrollWidth > root.clientWidth;
  });
}
