import { Module } from '@nestjs/common';
import { PageRendererModule } from '../views/page-renderer.module.js';
import { NotFoundPageController } from './not-found-page.controller.js';

/**
 * The 404 page's catch-all route in a module of its own: Nest registers routes module by module in
 * the order it meets them, and this module is met only after WebModule (which imports it), so the
 * catch-all comes after every page route, whichever controllers WebModule lists. It takes the
 * templates from PageRendererModule, not from WebModule, so the two modules do not import each other.
 */
@Module({
  imports: [PageRendererModule],
  controllers: [NotFoundPageController],
})
export class WebNotFoundModule {}
