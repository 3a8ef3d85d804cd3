import { Controller, Get, Header, Param, Query, Req, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { DomainError } from '#libs/ddd';
import { DOCUMENT_ERROR } from '#libs/meeting-documents';
import { PageExceptionFilter } from '../pages/page-exception.filter.js';
import { type PageRequest, signedInHeaderOf } from '../pages/page-request.js';
import { PageRenderer } from '../views/page-renderer.js';
import { meetingDocumentsPage } from './meeting-documents-page.js';

/** `/dokument/{meetingId}`: a meeting's documents as pages and PDFs, and the protocol's revisions. */
@ApiExcludeController()
@Controller()
@UseFilters(PageExceptionFilter)
export class DocumentsPageController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly queries: QueryBus,
  ) {}

  @Get('dokument/:meetingId')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async show(
    @Req() request: PageRequest,
    @Param('meetingId') meetingId: string,
    @Query('revision') revision: unknown,
  ): Promise<string> {
    const principal = request.principal;
    if (!principal) throw new Error('the guard let an anonymous request through');
    const asked = revision === undefined ? undefined : revisionNumber(revision);
    const page = await meetingDocumentsPage(this.queries, principal, meetingId, asked);
    // Not there, or not for this reader: the same answer, so the page tells nothing about either.
    if (!page) throw noDocuments(meetingId);
    return this.renderer.render('dokument', {
      title: `Dokument – ${page.heading}`,
      signedIn: signedInHeaderOf(request),
      ...page,
    });
  }
}

function revisionNumber(value: unknown): number {
  if (typeof value !== 'string' || !/^\d{1,6}$/.test(value)) throw noDocuments('');
  return Number(value);
}

const noDocuments = (meetingId: string) =>
  new DomainError('not_found', DOCUMENT_ERROR.NOT_FOUND, `No documents of meeting ${meetingId} to show`, {
    meetingId,
  });
