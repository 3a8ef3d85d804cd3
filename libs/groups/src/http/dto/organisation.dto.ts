import { FEDERATIONS, type Federation, Id, Name, OneOf, WholeNumber } from '#libs/shared-kernel';
import { JUSTERING_DAYS, REMINDER_LEAD_DAYS } from '../../domain/organisation/index.js';

export class CreateOrganisationDto {
  @Name({ example: 'Exempelstads kommun' })
  name!: string;
}

export class AddUnitDto {
  @Id({ optional: true, description: 'Made by the server when left out', example: 'u-soc' })
  unitId?: string;

  @Name({ example: 'Socialförvaltningen' })
  name!: string;

  @Id({ optional: true, description: 'The förvaltning this unit belongs to; none for a förvaltning' })
  parentUnitId?: string;
}

export class UnionOrganisationDto {
  @Name({ example: 'Vision' })
  name!: string;

  @OneOf(FEDERATIONS, {
    optional: true,
    description: 'The federation (centralorganisation) it belongs to; left out for a union of none',
    example: 'TCO',
  })
  federation?: Federation;
}

export class UnionFederationDto {
  @OneOf(FEDERATIONS, { description: 'The federation (centralorganisation) it belongs to', example: 'TCO' })
  federation!: Federation;
}

export class ReminderLeadDaysDto {
  @WholeNumber(REMINDER_LEAD_DAYS.min, REMINDER_LEAD_DAYS.max, {
    description: "Days before a follow-up's due date its responsible person is reminded by e-mail",
    example: 14,
  })
  leadDays!: number;
}

export class JusteringDaysDto {
  @WholeNumber(JUSTERING_DAYS.min, JUSTERING_DAYS.max, {
    description: 'Days from a justering request to its last date when the request names none',
    example: 10,
  })
  days!: number;
}
