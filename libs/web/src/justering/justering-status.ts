import { stockholmDateTime, tableDate } from '#libs/documents';
import type { Principal } from '#libs/identity';
import type { MeetingListing, MeetingView } from '#libs/meetings';
import type { Party } from '#libs/shared-kernel';

/** Where one appointed justerare stands on the latest revision. */
export interface JusterareStatus {
  name: string;
  party: string;
  /** 'väntar', 'justerat', 'ändring föreslagen' (an open proposal) or 'ändring begärd' (a decline) */
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
    const proposal = [...meeting.proposals]
      .reverse()
      .find(
        (entry) =>
          entry.revision === revision && !entry.answer && entry.justerare.personId === person.personId,
      );
    if (proposal) {
      return {
        ...base,
        state: 'ändring föreslagen',
        color: 'warning',
        at: stockholmDateTime(proposal.at),
        comment: `Förslag till § ${proposal.paragraph}: ${proposal.comment}`,
      };
    }
    if (decline) {
      return {
        ...base,
        state: 'ändring begärd',
        color: 'warning',
        at: stockholmDateTime(decline.at),
        comment: `Begärd ändring: ${decline.comment}`,
      };
    }
    return { ...base, state: 'väntar', color: 'neutral', at: null, comment: null };
  });
}

/**
 * Whether a listed protocol waits for me: its latest revision waits for justering and I have
 * neither approved nor asked for changes to it (the listing is meetingListingOf's summary).
 */
export const waitsForMe = (
  meeting: Pick<MeetingListing, 'status' | 'protocolStatus' | 'awaitingJusteringBy' | 'declinedBy'>,
  principal: Principal,
): boolean =>
  meeting.status === 'closed' &&
  (meeting.protocolStatus === 'awaiting justering' || meeting.protocolStatus === 'change requested') &&
  meeting.awaitingJusteringBy.includes(principal.accountId) &&
  !meeting.declinedBy.includes(principal.accountId);

export const meetingDateOf = (meeting: MeetingView) => tableDate(meeting.startsAt);
