import { randomUUID } from 'node:crypto';
import { Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { DomainError } from '#libs/ddd';
import { GetGroupQuery, GroupDirectory, groupOf, type GroupView } from '#libs/groups';
import { statusOf } from '#libs/http';
import type { Principal } from '#libs/identity';
import {
  AddOvrigFragaCommand,
  AddProtokollsanteckningCommand,
  AssignFollowUpDateCommand,
  EscalateItemCommand,
  GetMeetingQuery,
  type MeetingView,
  RunMeetingCommand,
} from '#libs/meetings';
import { Clock, type CommandContext } from '#libs/shared-kernel';
import { PageExceptionFilter } from '../pages/page-exception.filter.js';
import { missingCsrfToken } from '../pages/page-errors.js';
import {
  csrfTokenOfSession,
  hasValidCsrfToken,
  type PageRequest,
  signedInHeaderOf,
} from '../pages/page-request.js';
import { PageRenderer } from '../views/page-renderer.js';
import { type FormScope, scopeFingerprint } from './form-scope.js';
import { fieldOfError, staleText } from './form-errors.js';
import { isFormError, isStaleVersion, swedishMessageOf } from './run-meeting-errors.js';
import {
  attendanceOf,
  confidentialityReasonOf,
  followUpHandlingOf,
  heldTimesOf,
  itemTextOf,
  justerareOf,
  partyOf,
  type PostedForm,
  responsibleCandidates,
} from './under-motet-form.js';
import { textOf } from '../prepare-meeting/page-form.js';
import { type PageGroup, underMotetPath, underMotetView } from './under-motet-view.js';
import { type FormOutcome, slug } from './view-model.js';

/** One form's command, given the meeting and group as they are now and the command context. */
type RunForm = (meeting: MeetingView, group: GroupView, context: CommandContext) => Promise<unknown>;

interface FormSpec {
  formId: string;
  scope: FormScope;
  /** Where the page scrolls back to after saving: the item just saved. */
  anchor: string;
  /** The form's own fields, so that an error about one of them is shown next to it. */
  fields: string[];
  run: RunForm;
}

/**
 * /moten/:meetingId/under-motet: the chair's and the secretary's one screen during the meeting.
 * Every form posts to its own route, which runs the same command as the API (through the bus,
 * with the meeting's version as If-Match) and answers with a redirect back to the item just saved
 * (POST-redirect-GET), or with the page again, the typed text kept and the reason next to its field.
 */
@ApiExcludeController()
@Controller('moten/:meetingId/under-motet')
@UseFilters(PageExceptionFilter)
export class UnderMotetController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    /** The meetings' clock: whether the meeting's scheduled end has passed when the page is shown. */
    private readonly clock: Clock,
    private readonly directory: GroupDirectory,
  ) {}

  @Get()
  async show(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('meetingId') meetingId: string,
    @Query('sparat') saved: unknown,
  ): Promise<void> {
    const principal = signedInPrincipal(request);
    const { meeting, group } = await this.load(principal, meetingId);
    this.send(request, response, 200, meeting, group, null, typeof saved === 'string' ? saved : null);
  }

  @Post('narvaro')
  attendance(@Req() request: PageRequest, @Res() response: Response, @Param('meetingId') meetingId: string) {
    return this.submit(request, response, meetingId, {
      formId: 'narvaro',
      scope: { kind: 'attendance' },
      anchor: 'narvaro',
      fields: [],
      run: (meeting, group, context) =>
        this.commands.execute(
          new RunMeetingCommand(context, meetingId, 'RecordAttendance', {
            attendees: attendanceOf(request.body as PostedForm, group, meeting),
          }),
        ),
    });
  }

  @Post('justerare')
  justerare(@Req() request: PageRequest, @Res() response: Response, @Param('meetingId') meetingId: string) {
    return this.submit(request, response, meetingId, {
      formId: 'justerare',
      scope: { kind: 'justerare' },
      anchor: 'justerare',
      fields: [],
      run: (meeting, _group, context) =>
        this.commands.execute(
          new RunMeetingCommand(context, meetingId, 'AppointJusterare', {
            justerare: justerareOf(request.body as PostedForm, meeting),
          }),
        ),
    });
  }

  @Post('punkter/:itemId/text')
  itemText(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
  ) {
    return this.submit(request, response, meetingId, {
      ...onItem('text', itemId),
      fields: ['text', 'outcome', 'disagreeing', 'followUpOutcome', 'newDueDate', 'rescheduleReason'],
      run: (meeting, _group, context) => {
        const item = meeting.agenda.find((entry) => entry.itemId === itemId);
        const form = request.body as PostedForm;
        const { recordAs, text, outcome, disagreeing } = itemTextOf(form, item?.kind ?? 'information');
        // A returning återrapportering item reports, completes or reschedules its follow-up in the same act.
        const followUp = item?.origin?.kind === 'follow-up' ? { followUp: followUpHandlingOf(form) } : {};
        const command =
          recordAs === 'decision'
            ? new RunMeetingCommand(context, meetingId, 'RecordDecision', {
                itemId,
                text,
                outcome,
                disagreeing: outcome === 'oenighet' ? disagreeing : [],
                ...followUp,
              })
            : recordAs === 'dialog'
              ? new RunMeetingCommand(context, meetingId, 'RecordDialog', { itemId, text, ...followUp })
              : new RunMeetingCommand(context, meetingId, 'RecordInformation', { itemId, text, ...followUp });
        return this.commands.execute(command);
      },
    });
  }

  @Post('punkter/:itemId/protokollsanteckning')
  protokollsanteckning(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
  ) {
    const form = request.body as PostedForm;
    return this.submit(request, response, meetingId, {
      ...onItem('anteckning', itemId),
      fields: ['party', 'text'],
      run: (_meeting, _group, context) =>
        this.commands.execute(
          new AddProtokollsanteckningCommand(context, meetingId, {
            itemId,
            party: partyOf(textOf(form, 'party')),
            text: textOf(form, 'text'),
          }),
        ),
    });
  }

  @Post('punkter/:itemId/uppfoljning')
  followUp(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
  ) {
    const form = request.body as PostedForm;
    return this.submit(request, response, meetingId, {
      ...onItem('uppfoljning', itemId),
      // Adds a follow-up, overwriting nothing: another's save on the item does not make it stale.
      scope: { kind: 'meeting' },
      fields: ['action', 'responsible', 'dueDate'],
      run: (meeting, group, context) => {
        const responsibleId = textOf(form, 'responsible');
        const responsible = responsibleCandidates(group, meeting).find(
          (person) => person.personId === responsibleId,
        ) ?? { personId: '', name: '' };
        return this.commands.execute(
          new AssignFollowUpDateCommand(context, meetingId, {
            itemId,
            // From the form, made when the page was shown: sending the same form twice adds one follow-up.
            followUpId: textOf(form, 'followUpId') || randomUUID(),
            action: textOf(form, 'action'),
            responsible,
            dueDate: textOf(form, 'dueDate').trim(),
          }),
        );
      },
    });
  }

  @Post('punkter/:itemId/bordlaggning')
  defer(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
  ) {
    return this.submit(request, response, meetingId, {
      ...onItem('bordlagg', itemId),
      fields: ['reason'],
      run: (_meeting, _group, context) =>
        this.commands.execute(
          new RunMeetingCommand(context, meetingId, 'DeferItem', {
            itemId,
            reason: textOf(request.body as PostedForm, 'reason'),
          }),
        ),
    });
  }

  @Post('punkter/:itemId/sekretess')
  markConfidential(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
  ) {
    return this.submit(request, response, meetingId, {
      ...onItem('sekretess', itemId),
      fields: ['sekretessgrund'],
      run: (_meeting, _group, context) =>
        this.commands.execute(
          new RunMeetingCommand(context, meetingId, 'MarkItemConfidential', {
            itemId,
            reason: confidentialityReasonOf(request.body as PostedForm),
          }),
        ),
    });
  }

  @Post('punkter/:itemId/overlamning')
  escalate(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
  ) {
    return this.submit(request, response, meetingId, {
      ...onItem('overlamna', itemId),
      fields: ['question'],
      run: (_meeting, group, context) => {
        const question = textOf(request.body as PostedForm, 'question');
        return this.commands.execute(
          new EscalateItemCommand(context, meetingId, itemId, {
            // The group's own parent, read now: the page offers no other.
            to: { kind: 'parent-group', groupId: group.parentGroupId ?? '' },
            ...(question === '' ? {} : { question }),
          }),
        );
      },
    });
  }

  @Post('ovrig-fraga')
  ovrigFraga(@Req() request: PageRequest, @Res() response: Response, @Param('meetingId') meetingId: string) {
    const form = request.body as PostedForm;
    const itemId = textOf(form, 'itemId') || `ovrig-${randomUUID().slice(0, 8)}`;
    return this.submit(request, response, meetingId, {
      formId: 'ovrig-fraga',
      scope: { kind: 'meeting' },
      anchor: `punkt-${slug(itemId)}`,
      fields: ['title', 'proposer'],
      run: (_meeting, _group, context) =>
        this.commands.execute(
          new AddOvrigFragaCommand(context, meetingId, {
            itemId,
            title: textOf(form, 'title'),
            proposer: partyOf(textOf(form, 'proposer')),
          }),
        ),
    });
  }

  @Post('avsluta')
  close(@Req() request: PageRequest, @Res() response: Response, @Param('meetingId') meetingId: string) {
    return this.submit(request, response, meetingId, {
      formId: 'avsluta',
      scope: { kind: 'meeting' },
      anchor: 'avslutning',
      fields: ['startedAt', 'endedAt'],
      run: (meeting, _group, context) =>
        this.commands.execute(
          new RunMeetingCommand(
            context,
            meetingId,
            'CloseMeeting',
            heldTimesOf(request.body as PostedForm, meeting),
          ),
        ),
    });
  }

  private async load(principal: Principal, meetingId: string) {
    const meeting = await this.queries.execute(new GetMeetingQuery(principal, meetingId));
    const view = await this.queries.execute(new GetGroupQuery(principal, meeting.groupId));
    // Only the parent's name, for "Överlämna till …": the chair need not be a member of the parent.
    const parent = await groupOf(this.directory, principal.tenantId, view.parentGroupId);
    const group: PageGroup = parent?.name === undefined ? view : { ...view, parentName: parent.name };
    return { meeting, group };
  }

  /**
   * Runs one form's command with the version the page was shown at (If-Match). A stale version is
   * forgiven only when the form's own part of the meeting is unchanged (see FormScope).
   */
  private async submit(
    request: PageRequest,
    response: Response,
    meetingId: string,
    spec: FormSpec,
  ): Promise<void> {
    const principal = signedInPrincipal(request);
    if (!hasValidCsrfToken(request)) throw missingCsrfToken();
    const form = (request.body ?? {}) as PostedForm;
    const { meeting, group } = await this.load(principal, meetingId);
    const shownAt = /^\d{1,15}$/.test(textOf(form, 'version')) ? Number(textOf(form, 'version')) : 0;
    const context = (expectedVersion: number): CommandContext => ({
      principal,
      expectedVersion,
      correlationId: randomUUID(),
    });
    try {
      try {
        await spec.run(meeting, group, context(shownAt));
      } catch (error) {
        const untouched = scopeFingerprint(meeting, spec.scope) === textOf(form, 'seen');
        if (!isStaleVersion(error) || !untouched) throw error;
        await spec.run(meeting, group, context(meeting.version));
      }
    } catch (error) {
      if (!isFormError(error)) throw error;
      const now = await this.load(principal, meetingId);
      return this.send(
        request,
        response,
        statusOf(error.kind),
        now.meeting,
        now.group,
        outcomeOf(error, spec, form, now.meeting),
        null,
      );
    }
    response.redirect(
      303,
      `${underMotetPath(meetingId)}?sparat=${encodeURIComponent(spec.formId)}#${spec.anchor}`,
    );
  }

  private send(
    request: PageRequest,
    response: Response,
    status: number,
    meeting: MeetingView,
    group: PageGroup,
    outcome: FormOutcome | null,
    saved: string | null,
  ): void {
    const view = underMotetView(meeting, group, outcome, saved, this.clock.now());
    response
      .status(status)
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(
        this.renderer.render('under-motet', {
          title: `Under mötet – ${view.groupName}`,
          signedIn: signedInHeaderOf(request),
          csrfToken: csrfTokenOfSession(request),
          ...view,
        }),
      );
  }
}

function signedInPrincipal(request: PageRequest): Principal {
  if (!request.principal) throw new Error('the guard let an anonymous request through');
  return request.principal;
}

/** An item's form: its id and the anchor of its item. */
function onItem(form: string, itemId: string) {
  return {
    formId: `${form}-${slug(itemId)}`,
    scope: { kind: 'item', itemId } as FormScope,
    anchor: `punkt-${slug(itemId)}`,
  };
}

function outcomeOf(error: DomainError, spec: FormSpec, form: PostedForm, meeting: MeetingView): FormOutcome {
  if (isStaleVersion(error)) {
    return {
      formId: spec.formId,
      values: form,
      fieldErrors: {},
      problem: {
        heading: 'Någon annan hann spara först',
        text: 'Någon annan sparade här efter att du öppnade sidan. Din text finns kvar i formuläret och inget har skrivits över. Jämför med det som nu är sparat och spara igen om din version ska gälla.',
      },
      savedNow: staleText(meeting, spec.scope),
    };
  }
  const field = fieldOfError(error, spec.fields);
  const message = swedishMessageOf(error, field);
  return {
    formId: spec.formId,
    values: form,
    fieldErrors: field ? { [field]: message } : {},
    problem: field
      ? null
      : {
          heading: spec.formId === 'avsluta' ? 'Mötet kunde inte avslutas' : 'Det gick inte att spara',
          text: message,
        },
    savedNow: null,
  };
}
