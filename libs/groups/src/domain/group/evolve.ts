import { assertNever, definedOnly } from '#domain/shared-kernel';
import type { GroupEvent } from './events.js';
import type { GroupState } from './state.js';

export function evolveGroup(state: GroupState, event: GroupEvent): GroupState {
  switch (event.type) {
    case 'GroupCreated': {
      const { groupId, organisationId, name, levels, unitId, parentGroupId, actsAsSkyddskommitte } =
        event.data;
      const created = { groupId, organisationId, name, levels, unitId, parentGroupId, actsAsSkyddskommitte };
      return { ...state, ...definedOnly(created), created: true };
    }
    case 'MemberJoined': {
      const { person, party, role, joinedOn } = event.data;
      return { ...state, memberships: [...state.memberships, { person, party, role, joinedOn }] };
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
    case 'JusteringSet':
      return { ...state, justering: event.data.justering };
    case 'ProtocolNumberAllocated': {
      const { meetingId, number, year } = event.data;
      return { ...state, protocolNumbers: { ...state.protocolNumbers, [meetingId]: { number, year } } };
    }
    default:
      return assertNever(event);
  }
}
