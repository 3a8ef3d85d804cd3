import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { tableDate } from '#libs/documents';
import { FOLLOW_UP_LIST_STATUSES, type FollowUpRow, ListFollowUpsQuery } from '#libs/follow-ups';
import { ListGroupsQuery } from '#libs/groups';
import { documentsPageHref } from '../documents/document-links.js';
import { PageExceptionFilter } from '../pages/page-exception.filter.js';
import { type PageRequest, signedInHeaderOf } from '../pages/page-request.js';
import { PageRenderer } from '../views/page-renderer.js';
import { readFollowUpFilters, STATUS_LABELS } from './follow-up-filters.js';

const STATE: Record<FollowUpRow['status'], string> = {
  open: 'Öppen',
  completed: 'Klar',
  cancelled: 'Avbruten',
};

/**
 * /uppfoljningar: the follow-up list with the API's filters, read through ListFollowUpsQuery (so HR
 * sees the whole organisation, anyone else their groups' and their own; confidential actions only
 * for the group's members). A bad filter is said next to its field and the list is not shown.
 */
@ApiExcludeController()
@Controller('uppfoljningar')
@UseFilters(PageExceptionFilter)
export class FollowUpsPageController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  async list(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const principal = request.principal;
    if (!principal) throw new Error('the guard let an anonymous request through');
    const { form, filter, errors } = readFollowUpFilters(query, principal.accountId);
    const invalid = Object.keys(errors).length > 0;
    const groups = await this.queries.execute(new ListGroupsQuery(principal));
    const groupNames = new Map(groups.map((group) => [group.groupId, group.name]));
    const rows = invalid ? [] : await this.queries.execute(new ListFollowUpsQuery(principal, filter));
    response
      .status(invalid ? 400 : 200)
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(
        this.renderer.render('uppfoljningar', {
          title: 'Uppföljningar',
          signedIn: signedInHeaderOf(request),
          invalid,
          form: {
            ...form,
            statuses: FOLLOW_UP_LIST_STATUSES.map((status) => ({
              value: status,
              label: STATUS_LABELS[status],
              selected: status === form.status,
            })),
            groups: [...groupNames].map(([groupId, name]) => ({
              value: groupId,
              label: name,
              selected: groupId === form.groupId,
            })),
            errors: { status: errors.status ?? null, dueOnOrBefore: errors.dueOnOrBefore ?? null },
          },
          countText: `${rows.length} ${rows.length === 1 ? 'uppföljning' : 'uppföljningar'}`,
          rows: rows.map((row) => followUpLine(row, groupNames.get(row.groupId) ?? '')),
        }),
      );
  }
}

function followUpLine(row: FollowUpRow & { omitted?: true }, groupName: string) {
  const days = row.daysLeft;
  const overdue = days !== null && days < 0;
  const state =
    row.status !== 'open' || days === null
      ? STATE[row.status]
      : overdue
        ? `Försenad ${-days} ${-days === 1 ? 'dag' : 'dagar'}`
        : days === 0
          ? 'Ska vara klar i dag'
          : `${days} ${days === 1 ? 'dag' : 'dagar'} kvar`;
  return {
    action: row.omitted ? null : row.action,
    groupName,
    responsible: row.responsible.name,
    dueDate: row.dueDate,
    state,
    overdue,
    origin: `${row.origin.paragraph !== null ? `§ ${row.origin.paragraph}, ` : ''}${tableDate(row.origin.meetingDate)}`,
    originHref: documentsPageHref(row.origin.meetingId),
  };
}
