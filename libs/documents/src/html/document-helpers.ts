import type Handlebars from 'handlebars';
import type { Block, LineStyle, TableCell } from '../outline/index.js';
import { cssStringLiteral, isWebLink, textToParagraphsHtml } from './safe-markup.js';

type HandlebarsEnvironment = typeof Handlebars;

/** The class of each kind of line, as document.css styles it. */
const LINE_CLASSES: Record<LineStyle, string> = {
  subtitle: 'subtitle',
  'attachment-of': 'attachment-of',
  revision: 'revision',
  draft: 'revision notice notice--draft',
  superseded: 'notice notice--superseded',
  public: 'notice notice--public',
  confidential: 'notice notice--confidential',
  notice: 'notice',
  meta: 'paragraph__meta',
  origin: 'paragraph__origin',
  scope: 'scope',
  outcome: 'outcome',
  deferral: 'deferral',
  omitted: 'omitted-item',
  'no-items': 'no-items',
  'closed-at': 'closed-at',
  closing: 'closing',
  'justering-status': 'justering__status',
  'justering-sentence': 'justering-sentence',
  'cancelled-label': 'cancelled__label',
};

/** The block kinds, each rendered by templates/partials/block-<kind>.hbs. */
const BLOCK_KINDS = new Set<Block['kind']>([
  'heading',
  'line',
  'text',
  'labelled',
  'facts',
  'table',
  'attendance',
  'section',
]);

/**
 * Every helper the templates may call, registered on the renderer's own Handlebars environment.
 * The words are the outline's; the helpers only choose markup. Only `textParagraphs` and
 * `cssString` return markup, and they escape everything themselves (see safe-markup.ts).
 */
export function registerDocumentHelpers(handlebars: HandlebarsEnvironment): void {
  const helpers: Record<string, Handlebars.HelperDelegate> = {
    blockPartial: unary('blockPartial', (kind: Block['kind']) => {
      if (!BLOCK_KINDS.has(kind)) throw new Error(`No partial for a block of kind "${String(kind)}"`);
      return `block-${kind}`;
    }),
    lineClass: unary('lineClass', (style: LineStyle) => LINE_CLASSES[style]),
    cellClass: unary('cellClass', (cell: TableCell) =>
      cell.omitted ? 'omitted-item' : cell.heading ? 'agenda-section' : cell.numeric ? 'num' : '',
    ),
    /** The colspan of a total row's label: every column but the last. */
    allButLast: unary('allButLast', (columns: unknown[]) => columns.length - 1),
    isWebLink: unary('isWebLink', isWebLink),
    textParagraphs: unary(
      'textParagraphs',
      (text: string) => new handlebars.SafeString(textToParagraphsHtml(text)),
    ),
    cssString: unary('cssString', (text: string) => new handlebars.SafeString(cssStringLiteral(text))),
    eq: (left: unknown, right: unknown) => left === right,
  };
  for (const [name, helper] of Object.entries(helpers)) handlebars.registerHelper(name, helper);
}

/**
 * A one-argument helper. Handlebars passes a missing field as `undefined` rather than failing, even
 * in strict mode, so a misspelt path in a template would print "undefined": fail loudly instead.
 */
function unary<T, R>(name: string, format: (value: T) => R): Handlebars.HelperDelegate {
  return (...args: unknown[]) => {
    const values = args.slice(0, -1);
    if (values.length !== 1 || values[0] === undefined || values[0] === null) {
      throw new Error(`Template helper "${name}" needs exactly one value, got ${JSON.stringify(values)}`);
    }
    return format(values[0] as T);
  };
}
