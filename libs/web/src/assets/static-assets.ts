import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { findRepositoryFolder } from '#libs/documents';

export interface StaticAsset {
  body: Buffer;
  contentType: string;
}

/** The stylesheets a page links, in cascade order (the design system first, our few rules last). */
export interface StylesheetUrls {
  designsystemet: string;
  theme: string;
  font: string;
  site: string;
  /** Not a stylesheet, but linked from the same <head>. */
  icon: string;
  /** Not a stylesheet either: the native module that keeps unsaved form text (Under mötet). */
  formDrafts: string;
}

const CONTENT_TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  woff2: 'font/woff2',
  svg: 'image/svg+xml',
  js: 'text/javascript; charset=utf-8',
};

/** Under /static/<version>/: a new version whenever any file changes, so a year's caching is safe. */
export const STATIC_PREFIX = '/static/';

const require = createRequire(import.meta.url);

/**
 * What the pages load, read from node_modules (the design system's CSS as it ships: Designsystemet
 * from @digdir/designsystemet-css, with its default theme; its font, Inter, from
 * @fontsource-variable/inter) and from libs/web/assets, once at start-up, into memory. Only these
 * files are served, so no request path ever reaches the file system. Every URL carries a hash of
 * all the files, so the browser may keep them a year (immutable) and a new release is fetched anew.
 */
export class StaticAssets {
  private readonly files = new Map<string, StaticAsset>();
  readonly stylesheets: StylesheetUrls;

  constructor(
    siteAssetsFolder: string = findRepositoryFolder(join('libs', 'web', 'assets'), import.meta.url),
  ) {
    const fontCss = require.resolve('@fontsource-variable/inter/wght.css');
    const sources: Array<[string, string]> = [
      ['designsystemet/index.css', require.resolve('@digdir/designsystemet-css')],
      ['designsystemet/theme.css', require.resolve('@digdir/designsystemet-css/theme.css')],
      ['inter/wght.css', fontCss],
      // The font files its @font-face rules name, relative to the stylesheet (url(./files/…)).
      ...fontFilesOf(fontCss).map((file): [string, string] => [
        `inter/files/${file}`,
        join(dirname(fontCss), 'files', file),
      ]),
      ['web/site.css', join(siteAssetsFolder, 'site.css')],
      ['web/icon.svg', join(siteAssetsFolder, 'icon.svg')],
      ['web/form-drafts.js', join(siteAssetsFolder, 'form-drafts.js')],
    ];
    const bodies = sources.map(([name, file]) => [name, readFileSync(file)] as const);
    const version = createHash('sha256');
    for (const [name, body] of bodies) version.update(name).update(body);
    const prefix = `${STATIC_PREFIX}${version.digest('hex').slice(0, 12)}/`;
    for (const [name, body] of bodies) {
      const extension = name.slice(name.lastIndexOf('.') + 1);
      this.files.set(`${prefix}${name}`, {
        body,
        contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
      });
    }
    this.stylesheets = {
      designsystemet: `${prefix}designsystemet/index.css`,
      theme: `${prefix}designsystemet/theme.css`,
      font: `${prefix}inter/wght.css`,
      site: `${prefix}web/site.css`,
      icon: `${prefix}web/icon.svg`,
      formDrafts: `${prefix}web/form-drafts.js`,
    };
  }

  /** The asset at this request path, or undefined. */
  find(path: string): StaticAsset | undefined {
    return this.files.get(path);
  }
}

function fontFilesOf(stylesheet: string): string[] {
  const css = readFileSync(stylesheet, 'utf8');
  return [...css.matchAll(/url\(\.\/files\/([\w.-]+\.woff2)\)/g)].map((match) => match[1]);
}
