/**
 * The only places where the HTML renderer writes markup around user text itself instead of letting
 * Handlebars escape it. Each function escapes everything it is given; the templates never use
 * triple-stash, so these are the whole of the trusted surface.
 */

// The entities Handlebars itself writes, so text escaped here and in the templates looks alike.
const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (char) => HTML_ESCAPES[char]);
}

/**
 * Recorded text as HTML paragraphs: a blank line (or one of only spaces) starts a new paragraph, a
 * single newline stays a line break, as the secretary typed it.
 */
export function textToParagraphsHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map(
      (paragraph) =>
        `<p>${paragraph
          .split(/[ \t]*\n/)
          .map(escapeHtml)
          .join('<br>\n')}</p>`,
    )
    .join('\n');
}

/**
 * A CSS string literal for the @page margin boxes ("DNR:02/2019"). Inside <style> HTML escaping does
 * not apply, so a DNR holding `</style>` or a quote would break out: every character that is not
 * plainly harmless is written as a CSS hex escape instead (å → `\e5 `), which prints the same.
 */
export function cssStringLiteral(text: string): string {
  let literal = '';
  for (const char of text) {
    literal += /^[A-Za-z0-9 .,:/()_-]$/.test(char) ? char : `\\${char.codePointAt(0)!.toString(16)} `;
  }
  return `"${literal}"`;
}

/** A video link is shown as a link only when it is http(s); anything else (javascript:) is text. */
export function isWebLink(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url.trim());
}
