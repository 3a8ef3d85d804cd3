import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { StreamReader } from '#libs/event-store';
import { organisationStream } from '#libs/shared-kernel';
import {
  JUSTERING_DAYS,
  organisationDecider,
  REMINDER_LEAD_DAYS,
} from '../../../domain/organisation/index.js';
import { requirePermission } from '../../access/access.js';
import { GetOrganisationQuery, type OrganisationView } from './get-organisation.query.js';

@QueryHandler(GetOrganisationQuery)
export class GetOrganisationHandler implements IQueryHandler<GetOrganisationQuery> {
  constructor(private readonly reader: StreamReader) {}

  async execute({ principal }: GetOrganisationQuery): Promise<OrganisationView> {
    requirePermission(principal, 'organisation.read');
    const { state, version } = await this.reader.loadExisting(
      organisationStream(principal.tenantId),
      organisationDecider,
    );
    return {
      organisationId: principal.tenantId,
      version,
      name: state.name as string,
      units: state.units,
      unionOrganisations: state.unionOrganisations,
      federations: state.federations ?? {},
      reminderLeadDays: state.reminderLeadDays ?? REMINDER_LEAD_DAYS.default,
      justeringDays: state.justeringDays ?? JUSTERING_DAYS.default,
    };
  }
}
