import {
  assertNever,
  deepEqual,
  definedOnly,
  MEMBER_ROLES,
  type Party,
  requireDate,
  requireName,
  requireOneOf,
  requireParty,
  requirePerson,
  sameParty,
} from '#domain/shared-kernel';
import type { GroupCommand } from './commands.js';
import { groupError } from './errors.js';
import type { GroupEvent } from './events.js';
import { requireLevels, requireParentAbove } from './group-level.js';
import { allowedJustering, hasFormalParties, JUSTERING_SETTINGS } from './meeting-rules.js';
import { requireNoticeTimes } from './notice-times.js';
import { protocolFormOf, requireProtocolForm } from './protocol-form.js';
import { allocateProtocolNumber, setProtocolNumberSeries } from './protocol-number-series.js';
import { activeMembership, type GroupState, meetingRulesOf } from './state.js';

type Command<T extends GroupCommand['type']> = Extract<GroupCommand, { type: T }>;

export function decideGroup(command: GroupCommand, state: GroupState): GroupEvent[] {
  if (command.type === 'CreateGroup') return createGroup(command, state);
  if (!state.created) throw groupError.notCreated();

  switch (command.type) {
    case 'JoinGroup':
      return joinGroup(command, state);
    case 'LeaveGroup':
      return leaveGroup(command, state);
    case 'SetMeetingLeadership':
      return setMeetingLeadership(command, state);
    case 'SetFederationJustering':
      return setFederationJustering(command, state);
    case 'SetJustering':
      return setJustering(command, state);
    case 'SetNoticeTimes':
      return setNoticeTimes(command, state);
    case 'AddMeeting':
      return addMeeting(command, state);
    case 'AllocateProtocolNumber':
      return allocateProtocolNumber(command, state);
    case 'SetProtocolNumberSeries':
      return setProtocolNumberSeries(command, state);
    case 'SetProtocolForm':
      return setProtocolForm(command, state);
    case 'ResetProtocolForm':
      // Already following the default: nothing to record.
      if (state.protocolForm === undefined) return [];
      return [{ type: 'ProtocolFormReset', data: { groupId: command.data.groupId, at: command.data.at } }];
    default:
      return assertNever(command);
  }
}

/** Once per meeting: a retried scheduling finds the meeting listed and adds nothing. */
function addMeeting({ data }: Command<'AddMeeting'>, state: GroupState): GroupEvent[] {
  if (state.meetingIds.includes(data.meetingId)) return [];
  return [{ type: 'MeetingAdded', data: { groupId: data.groupId, meetingId: data.meetingId, at: data.at } }];
}

function createGroup({ data }: Command<'CreateGroup'>, state: GroupState): GroupEvent[] {
  if (state.created) throw groupError.alreadyCreated(data.groupId);
  if (data.parentGroupId === data.groupId) throw groupError.ownParent(data.groupId);
  const levels = requireLevels(data.levels);
  if (data.parentGroupId !== undefined && data.parentLevels !== undefined)
    requireParentAbove(levels, data.parentLevels);
  return [
    {
      type: 'GroupCreated',
      data: definedOnly({
        groupId: data.groupId,
        organisationId: data.organisationId,
        name: requireName(data.name, 'name'),
        levels,
        unitId: data.unitId,
        parentGroupId: data.parentGroupId,
        actsAsSkyddskommitte: data.actsAsSkyddskommitte,
        unionViceChairRunsMeetings:
          data.unionViceChairRunsMeetings === undefined
            ? undefined
            : data.unionViceChairRunsMeetings === true,
        at: data.at,
      }),
    },
  ];
}

function joinGroup({ data }: Command<'JoinGroup'>, state: GroupState): GroupEvent[] {
  const person = requirePerson(data.person, 'person');
  const party = requireMemberParty(data, state);
  const role = requireOneOf(data.role, MEMBER_ROLES, 'role');
  const joinedOn = requireDate(data.joinedOn, 'joinedOn');
  const current = activeMembership(state, person.personId);
  if (current) {
    if (sameParty(current.party, party) && current.role === role) return [];
    throw groupError.alreadyMember(person.personId);
  }
  return [
    {
      type: 'MemberJoined',
      data: definedOnly({ groupId: data.groupId, person, party, role, joinedOn, at: data.at }),
    },
  ];
}

/**
 * A union member belongs to an organisation on the tenant's list; an employer member to none. At
 * an APT, which has no formal parties, a member joins without a party or for the employer (the
 * manager, who may justera the notes for the employer), never for a union organisation.
 */
function requireMemberParty(data: Command<'JoinGroup'>['data'], state: GroupState): Party | undefined {
  const personId = data.person?.personId;
  if (data.party === undefined) {
    if (hasFormalParties(state.levels)) throw groupError.partyRequired(personId);
    return undefined;
  }
  const party = requireParty(data.party, data.unionOrganisations, 'party');
  if (party.side === 'union' && !hasFormalParties(state.levels))
    throw groupError.noFormalParties(personId, party.organisation);
  return party;
}

function setJustering({ data }: Command<'SetJustering'>, state: GroupState): GroupEvent[] {
  const justering = requireOneOf(data.justering, JUSTERING_SETTINGS, 'justering');
  const allowed = allowedJustering(state.levels);
  if (!allowed.includes(justering)) throw groupError.justeringNotForLevel(justering, allowed);
  if (meetingRulesOf(state).justering === justering) return [];
  return [{ type: 'JusteringSet', data: { groupId: data.groupId, justering, at: data.at } }];
}

function setNoticeTimes({ data }: Command<'SetNoticeTimes'>, state: GroupState): GroupEvent[] {
  const times = requireNoticeTimes(data);
  if (deepEqual(state.noticeTimes, times)) return [];
  return [{ type: 'NoticeTimesSet', data: { groupId: data.groupId, ...times, at: data.at } }];
}

function leaveGroup({ data }: Command<'LeaveGroup'>, state: GroupState): GroupEvent[] {
  const leftOn = requireDate(data.leftOn, 'leftOn');
  const current = activeMembership(state, data.personId);
  if (!current) {
    // Leaving again after having left is harmless; leaving a group one never joined is a mistake.
    if (state.memberships.some((membership) => membership.person.personId === data.personId)) return [];
    throw groupError.notAMember(data.personId);
  }
  if (leftOn < current.joinedOn) throw groupError.leftBeforeJoined(data.personId, current.joinedOn, leftOn);
  return [
    { type: 'MemberLeft', data: { groupId: data.groupId, personId: data.personId, leftOn, at: data.at } },
  ];
}

function setMeetingLeadership({ data }: Command<'SetMeetingLeadership'>, state: GroupState): GroupEvent[] {
  const { groupId, at } = data;
  // Only an explicit yes gives the union's vice ordförande the chair's rights.
  const unionViceChairRunsMeetings = data.unionViceChairRunsMeetings === true;
  if (unionViceChairRunsMeetings === state.unionViceChairRunsMeetings) return [];
  return [{ type: 'MeetingLeadershipSet', data: { groupId, unionViceChairRunsMeetings, at } }];
}

function setFederationJustering(
  { data }: Command<'SetFederationJustering'>,
  state: GroupState,
): GroupEvent[] {
  const { groupId, at } = data;
  const justeringByFederation = data.justeringByFederation === true;
  if (justeringByFederation === (state.justeringByFederation === true)) return [];
  // Without formal parties (an APT) there are no unions to justera, by federation or otherwise.
  if (justeringByFederation && !hasFormalParties(state.levels)) throw groupError.noFormalPartiesToJustera();
  return [{ type: 'FederationJusteringSet', data: { groupId, justeringByFederation, at } }];
}

function setProtocolForm({ data }: Command<'SetProtocolForm'>, state: GroupState): GroupEvent[] {
  const form = requireProtocolForm(data.form);
  // Setting the form the group already follows (its own, or its level's default) changes nothing.
  if (deepEqual(form, protocolFormOf(state))) return [];
  return [{ type: 'ProtocolFormSet', data: { groupId: data.groupId, form, at: data.at } }];
}
