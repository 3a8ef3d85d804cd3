import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { MeetingDocument } from '../model/index.js';
import { outlineOf } from '../outline/index.js';
import { registerDocumentHelpers } from './document-helpers.js';
import { findTemplatesFolder } from './templates-folder.js';

/** One template for every document: it renders the document's outline block by block. */
const DOCUMENT_TEMPLATE_FILE = 'document.hbs';

/** The fixed print and screen rules, inlined into every page by partials/stylesheet.hbs. */
const STYLESHEET_FILE = 'document.css';

/** The shared parts, each in templates/partials/<name>.hbs and called as {{> name}}. */
const PARTIALS = [
  'page',
  'page-head',
  'stylesheet',
  'blocks',
  'block-heading',
  'block-line',
  'block-text',
  'block-labelled',
  'block-facts',
  'block-table',
  'block-attendance',
  'block-section',
] as const;

/**
 * strict: a path that does not exist in the outline (a typo, a renamed field) throws instead of
 * printing nothing. preventIndent: the output is HTML, where the indentation Handlebars would add to
 * every line of a partial changes nothing but costs time.
 */
const COMPILE_OPTIONS: CompileOptions = { strict: true, preventIndent: true };

/**
 * The HTML renderer: every document of a meeting as one self-contained HTML5 page (inline print
 * stylesheet, no scripts, no external resources), in Swedish.
 *
 * Construct it once and share it. The constructor reads and compiles every template and partial
 * into its own Handlebars environment (not the global one, so nothing else can add helpers or
 * partials to it, and a broken template stops the application at start-up); `render` reads no files
 * and compiles nothing.
 */
export class DocumentTemplates {
  private readonly handlebars = Handlebars.create();
  private readonly template: HandlebarsTemplateDelegate;

  constructor(templatesFolder: string = findTemplatesFolder()) {
    registerDocumentHelpers(this.handlebars);
    this.handlebars.registerPartial('document-css', this.compile(join(templatesFolder, STYLESHEET_FILE)));
    for (const name of PARTIALS) {
      this.handlebars.registerPartial(name, this.compile(join(templatesFolder, 'partials', `${name}.hbs`)));
    }
    this.template = this.compile(join(templatesFolder, DOCUMENT_TEMPLATE_FILE));
  }

  /**
   * The document as a complete HTML page. It renders what it is given: for a reader who is not a
   * member of the group, pass `forAudience(document, 'public')`.
   */
  render(document: MeetingDocument): string {
    try {
      return this.template({ kind: document.kind, ...outlineOf(document) });
    } catch (error) {
      const what = `${document.kind} of meeting ${document.header.meetingId}`;
      throw new Error(`Could not render ${what}: ${(error as Error).message}`, { cause: error });
    }
  }

  private compile(file: string): HandlebarsTemplateDelegate {
    const source = readFileSync(file, 'utf8');
    try {
      // Handlebars.compile would only parse now and generate the template's code on first render
      // (about as costly as the render itself, for every template and partial). Precompiling is
      // Handlebars' documented way to have that code up front: precompile gives the template
      // spec as JavaScript source, which the CLI would write to a file and we evaluate here. It is
      // generated from our own template files, exactly as Handlebars.compile generates it.
      const spec = this.handlebars.precompile(this.handlebars.parse(source), COMPILE_OPTIONS);
      return this.handlebars.template(new Function(`return ${String(spec)};`)() as TemplateSpecification);
    } catch (error) {
      throw new Error(`Template ${file}: ${(error as Error).message}`, { cause: error });
    }
  }
}
