import { assertNever, definedOnly } from '#domain/shared-kernel';
import type { GroupEvent } from './events.js';
import type { GroupState } from './state.js';

export function evolveGroup(state: GroupState, event: GroupEvent): GroupState {
  switch (event.type) {
    case 'GroupCreated': {
      const { groupId, organisationId, name, levels, unitId, parentGroupId, actsAsSkyddskommitte } =
        event.data;
      const created = { groupId, organisationId, name, levels, unitId, parentGroupId, actsAsSkyddskommitte };
      // Groups created before the setting existed have no value: the union's vice ordförande does not run meetings.
      const unionViceChairRunsMeetings = event.data.unionViceChairRunsMeetings ?? false;
      return { ...state, ...definedOnly(created), unionViceChairRunsMeetings, created: true };
    }
    case 'MemberJoined': {
      const { person, party, role, joinedOn } = event.data;
      // definedOnly: an APT member has no party, and the state must be the same after JSON (snapshots).
      const membership = definedOnly({ person, party, role, joinedOn });
      return { ...state, memberships: [...state.memberships, membership] };
    }
    case 'MemberLeft': {
      const { personId, leftOn } = event.data;
      return {
        ...state,
        memberships: state.memberships.map((membership) =>
          membership.person.personId === personId && !membership.leftOn
            ? { ...membership, leftOn }
            : membership,
        ),
      };
    }
    case 'FederationJusteringSet':
      return { ...state, justeringByFederation: event.data.justeringByFederation };
    case 'MeetingLeadershipSet':
      return { ...state, unionViceChairRunsMeetings: event.data.unionViceChairRunsMeetings };
    case 'ProtocolFormSet':
      return { ...state, protocolForm: event.data.form };
    case 'ProtocolFormReset': {
      const { protocolForm: _followed, ...following } = state;
      return following;
    }
    case 'JusteringSet':
      return { ...state, justering: event.data.justering };
    case 'NoticeTimesSet':
      return {
        ...state,
        noticeTimes: { kallelseDays: event.data.kallelseDays, agendaDays: event.data.agendaDays },
      };
    case 'MeetingAdded':
      return { ...state, meetingIds: withMeeting(state.meetingIds, event.data.meetingId) };
    case 'ProtocolNumberAllocated': {
      const { meetingId, number, year, format } = event.data;
      const protocolNumber = definedOnly({ number, year, format });
      return {
        ...state,
        // Meetings scheduled before MeetingAdded existed were numbered as they were scheduled.
        meetingIds: withMeeting(state.meetingIds, meetingId),
        protocolNumbers: { ...state.protocolNumbers, [meetingId]: protocolNumber },
      };
    }
    case 'ProtocolNumberSeriesSet': {
      const { year, firstNumber, format } = event.data;
      const series = { ...state.protocolNumberSeries, [year]: { firstNumber, format } };
      return { ...state, protocolNumberSeries: series };
    }
    default:
      return assertNever(event);
  }
}

const withMeeting = (meetingIds: string[], meetingId: string): string[] =>
  meetingIds.includes(meetingId) ? meetingIds : [...meetingIds, meetingId];
