import { ruleBroken, streamErrorCodes } from '#libs/ddd';

export const ORGANISATION_ERROR = {
  /** Answered by the store's command loop: no such stream, a stale If-Match, a lost race. */
  ...streamErrorCodes('ORGANISATION'),
  ALREADY_CREATED: 'ORGANISATION.ALREADY_CREATED',
  NOT_CREATED: 'ORGANISATION.NOT_CREATED',
  UNIT_ID_TAKEN: 'ORGANISATION.UNIT_ID_TAKEN',
  UNKNOWN_PARENT_UNIT: 'ORGANISATION.UNKNOWN_PARENT_UNIT',
  UNKNOWN_UNIT: 'ORGANISATION.UNKNOWN_UNIT',
  UNION_ORGANISATION_NOT_LISTED: 'ORGANISATION.UNION_ORGANISATION_NOT_LISTED',
  REMINDER_LEAD_DAYS_OUT_OF_RANGE: 'ORGANISATION.REMINDER_LEAD_DAYS_OUT_OF_RANGE',
  JUSTERING_DAYS_OUT_OF_RANGE: 'ORGANISATION.JUSTERING_DAYS_OUT_OF_RANGE',
} as const;

export const organisationError = {
  alreadyCreated: (organisationId: string) =>
    ruleBroken(ORGANISATION_ERROR.ALREADY_CREATED, 'The organisation already exists', {
      organisationId,
    }),
  notCreated: () => ruleBroken(ORGANISATION_ERROR.NOT_CREATED, 'The organisation does not exist yet'),
  unitIdTaken: (unitId: string, existingName: string) =>
    ruleBroken(ORGANISATION_ERROR.UNIT_ID_TAKEN, `Unit id ${unitId} is already used by ${existingName}`, {
      unitId,
      existingName,
    }),
  unknownParentUnit: (parentUnitId: string) =>
    ruleBroken(ORGANISATION_ERROR.UNKNOWN_PARENT_UNIT, `Parent unit ${parentUnitId} does not exist`, {
      parentUnitId,
    }),
  unknownUnits: (unitIds: string[]) =>
    ruleBroken(
      ORGANISATION_ERROR.UNKNOWN_UNIT,
      `The organisation has no unit ${unitIds.join(', ')}: add it first (POST /api/organisation/units)`,
      { unitIds },
    ),
  unionOrganisationNotListed: (name: string) =>
    ruleBroken(
      ORGANISATION_ERROR.UNION_ORGANISATION_NOT_LISTED,
      `${name} is not on the organisation's list of union organisations`,
      { name },
    ),
  reminderLeadDaysOutOfRange: (leadDays: unknown) =>
    ruleBroken(
      ORGANISATION_ERROR.REMINDER_LEAD_DAYS_OUT_OF_RANGE,
      `The reminder lead days must be a whole number of days from 1 to 60 (got ${String(leadDays)})`,
      { leadDays, min: 1, max: 60 },
    ),
  justeringDaysOutOfRange: (days: unknown) =>
    ruleBroken(
      ORGANISATION_ERROR.JUSTERING_DAYS_OUT_OF_RANGE,
      `The days to justera must be a whole number of days from 1 to 60 (got ${String(days)})`,
      { days, min: 1, max: 60 },
    ),
};
