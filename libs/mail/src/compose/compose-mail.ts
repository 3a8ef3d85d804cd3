import Handlebars from 'handlebars';

/** What every message the service sends says, in the order it says it. */
export interface MailContent {
  /** e.g. "Hej Jenny Gräslund," */
  greeting: string;
  /** Plain text, one entry per paragraph; escaped in the HTML part. */
  paragraphs: string[];
  /** Rows shown as a small table (HTML) or "label: value" lines (text), e.g. Tid, Plats, §. */
  facts?: { label: string; value: string }[];
  /** The page the message is about, always absolute (the service's configured public address). */
  link: { href: string; label: string };
  /** Why the recipient gets this, e.g. "Du får detta som ledamot i FSG/VSG Socialförvaltningen." */
  footer: string;
}

const escape = (text: string): string => Handlebars.Utils.escapeExpression(text);

/**
 * The plain-text and HTML parts of a message, from one content: the two always say the same, and
 * every piece of recorded text is escaped in the HTML (names, titles and item texts come from users).
 */
export function composeMail(content: MailContent): { text: string; html: string } {
  const facts = content.facts ?? [];
  const text = [
    content.greeting,
    '',
    ...content.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(facts.length > 0 ? [...facts.map(({ label, value }) => `${label}: ${value}`), ''] : []),
    `${content.link.label}: ${content.link.href}`,
    '',
    '-- ',
    content.footer,
    '',
  ].join('\n');

  const factRows = facts
    .map(
      ({ label, value }) =>
        `<tr><th scope="row" align="left">${escape(label)}</th><td>${escape(value)}</td></tr>`,
    )
    .join('\n');
  const html = [
    '<!DOCTYPE html>',
    '<html lang="sv"><head><meta charset="utf-8"><title>' +
      escape(content.link.label) +
      '</title></head><body>',
    `<p>${escape(content.greeting)}</p>`,
    ...content.paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`),
    ...(facts.length > 0 ? [`<table>\n${factRows}\n</table>`] : []),
    `<p><a href="${escape(content.link.href)}">${escape(content.link.label)}</a></p>`,
    `<hr><p><small>${escape(content.footer)}</small></p>`,
    '</body></html>',
    '',
  ].join('\n');
  return { text, html };
}
