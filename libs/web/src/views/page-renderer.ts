import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { findRepositoryFolder } from '#libs/documents';
import type { StylesheetUrls } from '../assets/static-assets.js';

/** The pages, each libs/web/templates/pages/<name>.hbs inside the one layout (partials/ holds shared pieces). */
export const PAGES = [
  'logga-in',
  'min-sida',
  'fel',
  'dokument',
  'justering',
  'justera-protokoll',
  'uppfoljningar',
  'anstallda',
  'byt-losenord',
  'under-motet',
  'grupp',
  'forbered-mote',
  'grupper',
  'administration',
  'admin-organisation',
  'admin-grupper',
  'admin-grupp',
  'admin-konton',
  'admin-konto',
  'uppfoljningsoversikt',
  'kalenderflode',
  'revision-diff',
  'verifiera',
] as const;
export type PageName = (typeof PAGES)[number];

/** Who is signed in, as the layout's header shows it, with the token of its sign-out form. */
export interface SignedInHeader {
  displayName: string;
  csrfToken: string;
  /** Whether the menu offers Administration (the organisation role admin, which its pages require). */
  isAdmin: boolean;
  /** Whether the menu offers Uppföljningsöversikt (HR and admins, who see the whole organisation there). */
  seesOverview: boolean;
}

/** What every page gives the layout; a page adds its own fields. */
export interface PageModel {
  /** The page's own part of the <title> ("Logga in"); the product's name follows it. */
  title: string;
  signedIn: SignedInHeader | null;
  /** Sends the browser on at once (a meta refresh): only to an address the service itself made. */
  refreshTo?: string;
}

const PRODUCT_NAME = 'Samverkan';

/**
 * strict: a field that a model lacks (a typo, a renamed field) throws instead of printing
 * nothing. Text is always escaped: the templates never use the triple-stash.
 */
const COMPILE_OPTIONS: CompileOptions = { strict: true, preventIndent: true };

/**
 * Server-rendered pages: Handlebars templates in libs/web/templates (layout.hbs and pages/), in
 * their own Handlebars environment (nothing else can add helpers or partials to it), compiled once
 * at start-up, so a broken template stops the service at boot rather than a page at run time.
 */
export class PageRenderer {
  private readonly handlebars = Handlebars.create();
  private readonly pages = new Map<PageName, HandlebarsTemplateDelegate>();

  constructor(
    private readonly stylesheets: StylesheetUrls,
    templatesFolder: string = findRepositoryFolder(join('libs', 'web', 'templates'), import.meta.url),
  ) {
    this.handlebars.registerPartial('layout', this.compile(join(templatesFolder, 'layout.hbs')));
    // Form parts more than one page shows (templates/partials/<name>.hbs is the partial <name>).
    for (const file of readdirSync(join(templatesFolder, 'partials')).filter((name) =>
      name.endsWith('.hbs'),
    )) {
      this.handlebars.registerPartial(
        file.replace(/\.hbs$/, ''),
        this.compile(join(templatesFolder, 'partials', file)),
      );
    }
    for (const page of PAGES) {
      this.pages.set(page, this.compile(join(templatesFolder, 'pages', `${page}.hbs`)));
    }
  }

  render<Model extends PageModel>(page: PageName, model: Model): string {
    const template = this.pages.get(page) as HandlebarsTemplateDelegate;
    return template({
      ...model,
      refreshTo: model.refreshTo ?? null,
      documentTitle: `${model.title} – ${PRODUCT_NAME}`,
      productName: PRODUCT_NAME,
      stylesheets: this.stylesheets,
    });
  }

  private compile(file: string): HandlebarsTemplateDelegate {
    try {
      const source = readFileSync(file, 'utf8');
      // compile() alone parses on first render: parse now, so a broken template stops the boot.
      this.handlebars.parse(source);
      return this.handlebars.compile(source, COMPILE_OPTIONS);
    } catch (error) {
      throw new Error(`Template ${file}: ${(error as Error).message}`, { cause: error });
    }
  }
}
