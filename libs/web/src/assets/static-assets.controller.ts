import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '#libs/ddd';
import { ROUTE_ERROR } from '#libs/http';
import { Public } from '#libs/identity';
import { StaticAssets } from './static-assets.js';

/** A year: the URLs change with the content (StaticAssets), so a cached copy is never stale. */
const LONG_CACHING = 'public, max-age=31536000, immutable';

/** The pages' stylesheets and fonts. Public: the sign-in page needs them before anyone is signed in. */
@ApiExcludeController()
@Controller('static')
export class StaticAssetsController {
  constructor(private readonly assets: StaticAssets) {}

  @Public()
  @Get('*asset')
  serve(@Req() request: Request, @Res() response: Response): void {
    const asset = this.assets.find(request.path);
    if (!asset) {
      throw new DomainError('not_found', ROUTE_ERROR.NOT_FOUND, `There is no file at ${request.path}`);
    }
    response.setHeader('Cache-Control', LONG_CACHING);
    response.type(asset.contentType).send(asset.body);
  }
}
