import type { StreamReader } from '#libs/event-store';
import { organisationStream } from '#libs/shared-kernel';
import { JUSTERING_DAYS, organisationDecider } from '../../domain/organisation/index.js';

/**
 * The days from a justering request to its last date when the request names none: the
 * organisation's setting, or JUSTERING_DAYS.default while it has none (or before it exists).
 * For the meetings context, which asks when the secretary requests justering.
 */
export async function justeringDaysOf(reader: StreamReader, tenantId: string): Promise<number> {
  const { state } = await reader.load(organisationStream(tenantId), organisationDecider);
  return state.justeringDays ?? JUSTERING_DAYS.default;
}
