import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AppConfig } from '#libs/config';
import { documentFileName, DocumentRenderer, type RenderedDocument } from '#libs/documents';
import { Caller } from '#libs/groups';
import { ApiProblems, REQUEST_ERROR } from '#libs/http';
import type { Principal } from '#libs/identity';
import { MEETING_ERROR } from '#libs/meetings';
import { AUTH } from '#libs/shared-kernel';
import { DOCUMENT_ERROR } from '../../application/get-document/document-errors.js';
import { parseDocumentFile } from '../../application/get-document/document-file.js';
import { GetMeetingDocumentQuery } from '../../application/get-document/get-document.query.js';
import type { IssuedCopyKey } from '../../sealed-copies/issued-copies.store.js';
import { SealedCopies } from '../../sealed-copies/sealed-copies.js';
import { DocumentQueryDto } from '../dto/document-query.dto.js';

/**
 * The documents of a meeting at stable URLs: /api/meetings/{id}/documents/protokoll.pdf and so
 * on, rendered from the documents read models. HTML pages print on A4; every PDF is PDF/A-2b for
 * the archive; the kallelse also comes as an .ics invitation.
 */
@ApiTags('documents')
@Controller('api/meetings/:meetingId/documents')
export class MeetingDocumentsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly renderer: DocumentRenderer,
    private readonly config: AppConfig,
    private readonly sealedCopies: SealedCopies,
  ) {}

  @Get(':file')
  @ApiOperation({
    summary: 'A document of the meeting: protokoll, minnesanteckningar, kallelse or protokollsutdrag-<§>',
    description:
      'File names: protokoll, minnesanteckningar, kallelse and protokollsutdrag-<§>, each as .html, .pdf or ' +
      '.json; kallelse also as .ics. The latest revision unless ?revision= names an earlier one (of the ' +
      "kallelse, whose revision is its iCalendar SEQUENCE, the versions the meeting's own events made and " +
      'the latest since; one that carry-over changes replaced before the next is not kept). Active ' +
      'members of the group see confidential items; everyone else (and ?audience=public) gets the public ' +
      'version, which says what it left out. An employee who is no member (PUT /api/accounts/{id}/units) ' +
      "reads only the published revisions, in the public version: an APT's protokoll, utdrag and " +
      'minnesanteckningar once it is closed (justerat, with the employer’s justering), if the APT is of ' +
      "their unit; a samverkansgrupp's once justerat, whatever their unit; never the kallelse (403 " +
      'AUTH.FORBIDDEN). A revision with justering events (the protokoll, its ' +
      'protokollsutdrag and the minnesanteckningar) is checked against the justering recorded in the ' +
      'meeting’s event log before it is served; one that does not match is refused with 409 ' +
      'DOCUMENT.INTEGRITY_FAILED and logged.',
  })
  @ApiParam({ name: 'file', example: 'protokoll.pdf' })
  @ApiResponse({
    status: 200,
    description: 'The document in the format its file name asks for',
    // One content type per format, so a generated client knows a PDF from a JSON model.
    content: {
      'text/html': { schema: { type: 'string' } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
      'application/json': {
        schema: { type: 'object', additionalProperties: true, description: 'The document model' },
      },
      'text/calendar': { schema: { type: 'string', description: 'kallelse.ics: an iCalendar invitation' } },
    },
    headers: {
      ETag: { description: 'Per revision, stream version and audience', schema: { type: 'string' } },
      'X-Document-Revision': { description: 'The revision shown', schema: { type: 'integer' } },
      'X-Document-Audience': { schema: { type: 'string', enum: ['members', 'public'] } },
    },
  })
  @ApiProblems({
    ...AUTH,
    400: [REQUEST_ERROR.INVALID],
    404: [
      MEETING_ERROR.NOT_FOUND,
      DOCUMENT_ERROR.UNKNOWN,
      DOCUMENT_ERROR.NOT_FOUND,
      DOCUMENT_ERROR.NO_SUCH_PARAGRAPH,
    ],
    409: [DOCUMENT_ERROR.INTEGRITY_FAILED],
  })
  async get(
    @Caller() principal: Principal,
    @Param('meetingId') meetingId: string,
    @Param('file') fileName: string,
    @Query() query: DocumentQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const file = parseDocumentFile(fileName);
    const result = await this.queries.execute(
      new GetMeetingDocumentQuery(principal, meetingId, file, {
        revision: query.revision,
        audience: query.audience,
      }),
    );
    const context = {
      audience: result.audience,
      revision: result.revision,
      calendarDomain: this.config.calendarDomain,
    };
    // A justerat revision's PDF is the sealed copy of the ledger, the same bytes on every download.
    const { attestation } = result;
    const served: RenderedDocument =
      file.format === 'pdf' && attestation
        ? {
            body: await this.sealedCopies.pdfOf(
              {
                tenantId: principal.tenantId,
                meetingId,
                kind: file.kind as IssuedCopyKey['kind'],
                paragraph: file.paragraph ?? 0,
                revision: result.revision,
                audience: result.audience,
              },
              attestation,
              async () => (await this.renderer.render(result.document, 'pdf', context)).body,
            ),
            contentType: 'application/pdf',
            filename: documentFileName(result.document, 'pdf', result.revision),
          }
        : await this.renderer.render(result.document, file.format, context);
    // Documents are per reader (confidential items), so caches must not share them.
    response.setHeader('Cache-Control', 'private, no-cache');
    response.setHeader(
      'ETag',
      `"${file.kind}-${result.revision}-${result.streamVersion}-${result.audience}"`,
    );
    response.setHeader('X-Document-Revision', String(result.revision));
    response.setHeader('X-Document-Audience', result.audience);
    return new StreamableFile(served.body, {
      type: served.contentType,
      disposition: `inline; filename="${served.filename}"`,
      length: served.body.length,
    });
  }
}
