import type { PgEventStore, Projection, ProjectionContext, StoredEvent } from '#libs/event-store';
import { isJusterat, latestRevision, meetingAt, type MeetingState } from '#libs/meetings';

/** Days before the last date that the 'before' reminder falls (the justering period is short). */
export const JUSTERING_REMINDER_LEAD_DAYS = 2;

export const JUSTERING_REMINDER_SCHEDULE = 'justering-reminder-schedule';

/**
 * rm_justering_reminder_schedule: for every protocol the secretary asked to have justerat, the
 * justerare who have not approved its latest revision, with the last date. Any event that changes
 * who still waits (the request, an approval, a new revision, the justering) folds the meeting up to
 * that event and writes its rows anew; a justerat protocol has none.
 */
export function justeringReminderScheduleProjection(store: PgEventStore): Projection {
  return {
    name: JUSTERING_REMINDER_SCHEDULE,
    kind: 'read-model',
    eventTypes: [
      'JusteringRequested',
      'JusteringApproved',
      'ProtocolRevised',
      'ProtocolCorrected',
      'ProtocolJusterat',
    ],
    async apply(events: readonly StoredEvent[], { manager }: ProjectionContext): Promise<void> {
      for (const event of events) {
        const meetingId = (event.data as { meetingId: string }).meetingId;
        const state = await meetingAt(store, event);
        await manager.query(
          'DELETE FROM rm_justering_reminder_schedule WHERE tenant_id = $1 AND meeting_id = $2',
          [event.tenantId, meetingId],
        );
        const waiting = stillToJustera(state);
        const request = state.justeringRequest;
        if (!request || waiting.length === 0) continue;
        await manager.query(
          `INSERT INTO rm_justering_reminder_schedule (tenant_id, meeting_id, person_id, person_name, group_id,
             revision, last_date, requested_by_id, next_reminder_on)
           SELECT $1, $2, w.person_id, w.person_name, $3, $4, $5::date, $6, $5::date - ${JUSTERING_REMINDER_LEAD_DAYS}
           FROM unnest($7::text[], $8::text[]) AS w(person_id, person_name)`,
          [
            event.tenantId,
            meetingId,
            state.groupId,
            latestRevision(state),
            request.lastDate,
            request.requestedBy.personId,
            waiting.map(({ personId }) => personId),
            waiting.map(({ name }) => name),
          ],
        );
      }
    },
    // Rebuilt into shadow tables (rebuild-shadow.ts): readers keep the old model meanwhile.
    tables: [{ name: 'rm_justering_reminder_schedule' }],
  };
}

/** The appointed justerare who have not approved the latest revision of a protocol still open. */
function stillToJustera(state: MeetingState) {
  if (state.status !== 'closed' || isJusterat(state)) return [];
  const latest = latestRevision(state);
  return state.justerare
    .map(({ person }) => person)
    .filter(
      (person) =>
        !state.approvals.some(
          ({ justerare, revision }) => revision === latest && justerare.personId === person.personId,
        ),
    );
}
