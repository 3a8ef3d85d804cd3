import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Caller } from '#libs/groups';
import type { Principal } from '#libs/identity';
import { QueryEndpoint } from '#libs/shared-kernel';
import { GetProtocolDiffQuery } from '../../application/protocol-diff/get-protocol-diff.query.js';
import { MEETING_ERROR } from '../../domain/index.js';
import { ProtocolDiffDto, ProtocolDiffQueryDto } from '../dto/responses/protocol-diff.dto.js';

/** What changed between two revisions of a protocol, per §: for justerare checking a new revision. */
@ApiTags('protocol')
@Controller('api/meetings/:meetingId/protocol/diff')
export class MeetingProtocolDiffController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @QueryEndpoint({
    summary: 'Two revisions of the protocol side by side per §, words added and removed marked',
    description:
      'Each § whose recorded texts (information, dialog, decision) differ between revision `from` and ' +
      '`to` (any two, in either order), with both texts and the word diff; `all=true` lists every §. ' +
      'Read by whoever may read the meeting; a confidential item, for someone outside the group, says ' +
      'only that it changed (`omitted: true`). An unknown revision is 404 MEETING.UNKNOWN_REVISION.',
    response: ProtocolDiffDto,
    versioned: false,
    notFound: [MEETING_ERROR.NOT_FOUND, MEETING_ERROR.UNKNOWN_REVISION],
  })
  diff(
    @Caller() principal: Principal,
    @Param('meetingId') meetingId: string,
    @Query() query: ProtocolDiffQueryDto,
  ) {
    return this.queries.execute(
      new GetProtocolDiffQuery(principal, meetingId, query.from, query.to, query.all === true),
    );
  }
}
