import { DomainError, ruleBroken, streamErrorCodes } from '#libs/ddd';

export const GROUP_ERROR = {
  /** Answered by the store's command loop: no such stream, a stale If-Match, a lost race. */
  ...streamErrorCodes('GROUP'),
  ALREADY_CREATED: 'GROUP.ALREADY_CREATED',
  NOT_CREATED: 'GROUP.NOT_CREATED',
  INVALID_LEVEL: 'GROUP.INVALID_LEVEL',
  OWN_PARENT: 'GROUP.OWN_PARENT',
  ALREADY_MEMBER: 'GROUP.ALREADY_MEMBER',
  NOT_A_MEMBER: 'GROUP.NOT_A_MEMBER',
  LEFT_BEFORE_JOINED: 'GROUP.LEFT_BEFORE_JOINED',
  INVALID_YEAR: 'GROUP.INVALID_YEAR',
  MEETING_ALREADY_NUMBERED: 'GROUP.MEETING_ALREADY_NUMBERED',
  INVALID_FIRST_PROTOCOL_NUMBER: 'GROUP.INVALID_FIRST_PROTOCOL_NUMBER',
  INVALID_PROTOCOL_NUMBER_FORMAT: 'GROUP.INVALID_PROTOCOL_NUMBER_FORMAT',
  PROTOCOL_NUMBER_SERIES_COLLIDES: 'GROUP.PROTOCOL_NUMBER_SERIES_COLLIDES',
  UNKNOWN_UNIT: 'GROUP.UNKNOWN_UNIT',
  DUPLICATE_PROCEDURAL_PARAGRAPH: 'GROUP.DUPLICATE_PROCEDURAL_PARAGRAPH',
  DUPLICATE_SECTION: 'GROUP.DUPLICATE_SECTION',
  PARTY_REQUIRED: 'GROUP.PARTY_REQUIRED',
  NO_FORMAL_PARTIES: 'GROUP.NO_FORMAL_PARTIES',
  JUSTERING_NOT_FOR_LEVEL: 'GROUP.JUSTERING_NOT_FOR_LEVEL',
  UNKNOWN_PARENT_GROUP: 'GROUP.UNKNOWN_PARENT_GROUP',
  PARENT_NOT_HIGHER_LEVEL: 'GROUP.PARENT_NOT_HIGHER_LEVEL',
  INVALID_NOTICE_TIMES: 'GROUP.INVALID_NOTICE_TIMES',
  /** A list cursor (GET /api/groups) that this service did not hand out: 400, not a broken rule. */
  INVALID_CURSOR: 'GROUP.INVALID_CURSOR',
} as const;

export const groupError = {
  alreadyCreated: (groupId: string) =>
    ruleBroken(GROUP_ERROR.ALREADY_CREATED, 'The samverkansgrupp already exists', { groupId }),
  notCreated: () => ruleBroken(GROUP_ERROR.NOT_CREATED, 'The samverkansgrupp does not exist yet'),
  invalidLevel: (levels: unknown) =>
    ruleBroken(
      GROUP_ERROR.INVALID_LEVEL,
      'Levels must be one or more distinct values of CSG, FSG, VSG, LSG, APT',
      { levels },
    ),
  ownParent: (groupId: string) =>
    ruleBroken(GROUP_ERROR.OWN_PARENT, 'A group cannot be its own parent group', { groupId }),
  alreadyMember: (personId: string) =>
    ruleBroken(
      GROUP_ERROR.ALREADY_MEMBER,
      'The person is already a member with another side or role; let them leave first',
      { personId },
    ),
  notAMember: (personId: string) =>
    ruleBroken(GROUP_ERROR.NOT_A_MEMBER, 'The person has never been a member of this group', {
      personId,
    }),
  leftBeforeJoined: (personId: string, joinedOn: string, leftOn: string) =>
    ruleBroken(GROUP_ERROR.LEFT_BEFORE_JOINED, `Leaving on ${leftOn} is before joining on ${joinedOn}`, {
      personId,
      joinedOn,
      leftOn,
    }),
  invalidYear: (year: unknown) =>
    ruleBroken(GROUP_ERROR.INVALID_YEAR, 'The protocol year must be a four-digit year', { year }),
  meetingAlreadyNumbered: (meetingId: string, number: number, year: number) =>
    ruleBroken(
      GROUP_ERROR.MEETING_ALREADY_NUMBERED,
      `The meeting already has protocol number ${number}/${year}`,
      { meetingId, number, year },
    ),
  invalidFirstProtocolNumber: (firstNumber: unknown) =>
    ruleBroken(
      GROUP_ERROR.INVALID_FIRST_PROTOCOL_NUMBER,
      'The first protocol number must be a whole number from 1 to 9999',
      { firstNumber },
    ),
  invalidProtocolNumberFormat: (format: unknown) =>
    ruleBroken(GROUP_ERROR.INVALID_PROTOCOL_NUMBER_FORMAT, 'The format must be N/YYYY or N/YY', { format }),
  protocolNumberSeriesCollides: (year: number, reason: string, given: string[]) =>
    ruleBroken(
      GROUP_ERROR.PROTOCOL_NUMBER_SERIES_COLLIDES,
      `The series for ${year} would collide with the numbers already given that year: ${reason}`,
      { year, given },
    ),
  duplicateProceduralParagraph: (kind: string) =>
    ruleBroken(
      GROUP_ERROR.DUPLICATE_PROCEDURAL_PARAGRAPH,
      `The protocol form has the procedural paragraph ${kind} twice`,
      { kind },
    ),
  duplicateSection: (value: string, reason: string) =>
    ruleBroken(GROUP_ERROR.DUPLICATE_SECTION, `The protocol form's sections overlap: ${reason} (${value})`, {
      value,
    }),
  partyRequired: (personId: string) =>
    ruleBroken(
      GROUP_ERROR.PARTY_REQUIRED,
      'A member of a samverkansgrupp sits for the employer or a union organisation: name the party',
      { personId },
    ),
  noFormalParties: (personId: string, organisation: string) =>
    ruleBroken(
      GROUP_ERROR.NO_FORMAL_PARTIES,
      'An APT has no formal parties: a member joins without a party (as a medarbetare) or for the employer, not for a union organisation',
      { personId, organisation },
    ),
  noFormalPartiesToJustera: () =>
    ruleBroken(
      GROUP_ERROR.NO_FORMAL_PARTIES,
      'An APT has no formal parties: no union justerar for it, by federation or otherwise',
    ),
  invalidNoticeTimes: (kallelseDays: unknown, agendaDays: unknown) =>
    ruleBroken(
      GROUP_ERROR.INVALID_NOTICE_TIMES,
      'Notice times are whole days from 1 to 90, and the agenda goes out no earlier than the kallelse (agendaDays ≤ kallelseDays)',
      { kallelseDays, agendaDays },
    ),
  justeringNotForLevel: (justering: string, allowed: readonly string[]) =>
    ruleBroken(
      GROUP_ERROR.JUSTERING_NOT_FOR_LEVEL,
      allowed.includes('parties')
        ? 'A samverkansgrupp with formal parties is justerad by the employer and the union organisations'
        : `An APT has no formal parties: its justering is ${allowed.map((a) => `"${a}"`).join(' or ')}`,
      { justering, allowed },
    ),
  /** Checked by the use case, which reads the organisation and the parent group. */
  unknownUnit: (unitId: string) =>
    ruleBroken(GROUP_ERROR.UNKNOWN_UNIT, `There is no unit ${unitId} in the organisation`, { unitId }),
  unknownParentGroup: (parentGroupId: string) =>
    ruleBroken(GROUP_ERROR.UNKNOWN_PARENT_GROUP, `There is no group ${parentGroupId}`, { parentGroupId }),
  parentNotHigherLevel: (levels: readonly string[], parentLevels: readonly string[]) =>
    ruleBroken(
      GROUP_ERROR.PARENT_NOT_HIGHER_LEVEL,
      `A parent group sits at a higher level (APT → VSG/LSG → FSG → CSG): ${parentLevels.join('/')} is not above ${levels.join('/')}`,
      { levels, parentLevels },
    ),
  invalidCursor: () =>
    new DomainError(
      'invalid',
      GROUP_ERROR.INVALID_CURSOR,
      'cursor: not a cursor this service gave out; start again from the first page (leave cursor out)',
      { field: 'cursor' },
    ),
};
