import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Caller } from '#libs/groups';
import { ApiProblems } from '#libs/http';
import type { Principal } from '#libs/identity';
import { MEETING_ERROR } from '#libs/meetings';
import { AUTH } from '#libs/shared-kernel';
import { DOCUMENT_ERROR } from '../../application/get-document/document-errors.js';
import { GetArchivePackageQuery } from '../../archive/archive-package.query.js';

/** The archive package of a justerat meeting, for the municipality's e-arkiv (docs/archive-package.md). */
@ApiTags('documents')
@Controller('api/meetings/:meetingId/archive-package')
export class ArchivePackageController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'The archive package of a justerat meeting (E-ARK CSIP / FGS Paketstruktur, a ZIP)',
    description:
      'A ZIP: METS.xml (every file with its MIME type, size and SHA-256), metadata/descriptive/meeting.xml ' +
      '(group, förvaltning, number, date, place, attendance, justerare and their approvals with revision and ' +
      'hash) and representations/rep1/data/ with the PDF/A protokoll, minnesanteckningar and a protokollsutdrag ' +
      'per § of the justerat revision, and handelselogg.jsonl (the event history, one event per line). Admins, ' +
      "HR and the group's sekreterare may make it. Confidential items follow the meeting view's rule: the " +
      "group's members get them in full, everyone else (the archivist as admin or HR) the public version, " +
      'and meeting.xml says how many were left out. A meeting with no justerat protocol is 409 ' +
      'MEETING.NOT_JUSTERAT.',
  })
  @ApiProduces('application/zip')
  @ApiResponse({
    status: 200,
    description: 'The package',
    content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } },
    headers: {
      'Content-Disposition': {
        description: 'attachment; filename="<group>-<number>-<date>.zip"',
        schema: { type: 'string' },
      },
      'X-Document-Revision': { description: 'The justerat revision packed', schema: { type: 'integer' } },
      'X-Document-Audience': { schema: { type: 'string', enum: ['members', 'public'] } },
    },
  })
  @ApiProblems({
    ...AUTH,
    404: [MEETING_ERROR.NOT_FOUND, DOCUMENT_ERROR.NOT_FOUND],
    409: [MEETING_ERROR.NOT_JUSTERAT, DOCUMENT_ERROR.INTEGRITY_FAILED],
  })
  async get(
    @Caller() principal: Principal,
    @Param('meetingId') meetingId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const archive = await this.queries.execute(new GetArchivePackageQuery(principal, meetingId));
    // Per reader (confidential items): never in a shared cache.
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader('X-Document-Revision', String(archive.revision));
    response.setHeader('X-Document-Audience', archive.audience);
    return new StreamableFile(archive.body, {
      type: 'application/zip',
      disposition: `attachment; filename="${archive.filename}"`,
      length: archive.body.length,
    });
  }
}
