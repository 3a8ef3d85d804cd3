import { stockholmDateTime, tableDate } from '#libs/documents';
import type { Principal } from '#libs/identity';
import type { MeetingView } from '#libs/meetings';
import type { Party } from '#libs/shared-kernel';

/** Where one appointed justerare stands on the latest revision. */
export interface JusterareStatus {
  name: string;
  party: string;
  /** 'väntar', 'justerat' or 'ändring begärd' */
  state: string;
  color: 'neutral' | 'success' | 'warning';
  at: string | null;
  comment: string | null;
  isMe: boolean;
}

export const partyLabel = (party: Party | undefined) =>
  party === undefined ? '' : party.side === 'employer' ? 'arbetsgivaren' : party.organisation;

export const isAppointedJusterare = (meeting: MeetingView, principal: Principal) =>
  meeting.justerare.some(({ person }) => person.personId === principal.accountId);

/** Each appointed justerare's approval or decline of the revision now to justera. */
export function justerareStatuses(meeting: MeetingView, principal: Principal): JusterareStatus[] {
  const revision = meeting.protocol?.revision;
  return meeting.justerare.map(({ person, party, federation }) => {
    const approval = meeting.approvals.find(
      (entry) => entry.revision === revision && entry.justerare.personId === person.personId,
    );
    const decline = [...meeting.declines]
      .reverse()
      .find((entry) => entry.revision === revision && entry.justerare.personId === person.personId);
    const base = {
      name: person.name,
      // Where the group justerar by federation, what the protocol says: "för TCO".
      party: federation ?? partyLabel(party),
      isMe: person.personId === principal.accountId,
    };
    if (approval) {
      return {
        ...base,
        state: 'justerat',
        color: 'success',
        at: stockholmDateTime(approval.at),
        comment: null,
      };
    }
    if (decline) {
      return {
        ...base,
        state: 'ändring begärd',
        color: 'warning',
        at: stockholmDateTime(decline.at),
        comment: decline.comment,
      };
    }
    return { ...base, state: 'väntar', color: 'neutral', at: null, comment: null };
  });
}

/** Whether I am to act: appointed, closed, not justerat, and I have neither approved nor declined this revision. */
export function waitsForMe(meeting: MeetingView, principal: Principal): boolean {
  if (meeting.status !== 'closed' || !meeting.protocol) return false;
  if (meeting.protocolStatus !== 'awaiting justering' && meeting.protocolStatus !== 'change requested') {
    return false;
  }
  const mine = justerareStatuses(meeting, principal).find(({ isMe }) => isMe);
  return mine !== undefined && mine.state === 'väntar';
}

export const meetingDateOf = (meeting: MeetingView) => tableDate(meeting.startsAt);
