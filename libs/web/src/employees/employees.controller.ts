import { Controller, Get, Header, Req, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { PageExceptionFilter } from '../pages/page-exception.filter.js';
import { type PageRequest, signedInHeaderOf } from '../pages/page-request.js';
import { PageRenderer } from '../views/page-renderer.js';
import { publishedRecordsOfMyUnits } from './published-records.js';

/** `/anstallda`: for an employee, the public, justerade protocols and notes of their units' groups. */
@ApiExcludeController()
@Controller('anstallda')
@UseFilters(PageExceptionFilter)
export class EmployeesPageController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async show(@Req() request: PageRequest): Promise<string> {
    const principal = request.principal;
    if (!principal) throw new Error('the guard let an anonymous request through');
    const groups = await publishedRecordsOfMyUnits(this.queries, principal);
    return this.renderer.render('anstallda', {
      title: 'Protokoll för anställda',
      signedIn: signedInHeaderOf(request),
      hasUnits: (principal.units ?? []).length > 0,
      groups,
    });
  }
}
