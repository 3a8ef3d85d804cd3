import { forwardRef, Module } from '@nestjs/common';
import { WebModule } from '../web.module.js';
import { NotFoundPageController } from './not-found-page.controller.js';

/**
 * The 404 page's catch-all route in a module of its own: Nest registers routes module by module in
 * the order it meets them, and this module is met only after WebModule (which imports it), so the
 * catch-all comes after every page route, whichever controllers WebModule lists.
 */
@Module({
  imports: [forwardRef(() => WebModule)],
  controllers: [NotFoundPageController],
})
export class WebNotFoundModule {}
