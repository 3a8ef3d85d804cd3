import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequireOrganisationRole } from '#libs/identity';
import { PageExceptionFilter } from '../pages/page-exception.filter.js';
import { type PageRequest, signedInHeaderOf } from '../pages/page-request.js';
import { PageRenderer } from '../views/page-renderer.js';
import { sendPage } from './admin-form.js';

/**
 * /administration: where an admin starts, with a link to each part. Admins only (the organisation
 * role every administration command requires); anyone else gets the forbidden page.
 */
@ApiExcludeController()
@Controller('administration')
@UseFilters(PageExceptionFilter)
@RequireOrganisationRole('admin')
export class AdministrationController {
  constructor(private readonly renderer: PageRenderer) {}

  @Get()
  show(@Req() request: PageRequest, @Res() response: Response): void {
    sendPage(
      response,
      200,
      this.renderer.render('administration', {
        title: 'Administration',
        signedIn: signedInHeaderOf(request),
      }),
    );
  }
}
