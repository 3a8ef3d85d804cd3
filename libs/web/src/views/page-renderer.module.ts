import { Module } from '@nestjs/common';
import { StaticAssets } from '../assets/static-assets.js';
import { PageRenderer } from './page-renderer.js';

/** The templates and the static files they link to, for every module with pages (WebModule, the 404 page). */
@Module({
  providers: [
    StaticAssets,
    {
      provide: PageRenderer,
      useFactory: (assets: StaticAssets) => new PageRenderer(assets.stylesheets),
      inject: [StaticAssets],
    },
  ],
  exports: [StaticAssets, PageRenderer],
})
export class PageRendererModule {}
