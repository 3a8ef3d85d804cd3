import type { StreamRef } from '#libs/event-store';

/** Stream names: one per aggregate instance, always inside the caller's tenant. */
export type StreamType = 'organisation' | 'group' | 'meeting' | 'follow-up';

const stream = (streamType: StreamType, tenantId: string, id: string): StreamRef => ({
  tenantId,
  streamId: `${streamType}-${id}`,
  streamType,
});

/** The tenant is the organisation: one organisation stream per tenant. */
export const organisationStream = (tenantId: string) => stream('organisation', tenantId, tenantId);
export const groupStream = (tenantId: string, groupId: string) => stream('group', tenantId, groupId);
export const meetingStream = (tenantId: string, meetingId: string) => stream('meeting', tenantId, meetingId);
export const followUpStream = (tenantId: string, followUpId: string) =>
  stream('follow-up', tenantId, followUpId);

/** 'follow-up' → 'FOLLOW_UP': the prefix of the codes about that stream (FOLLOW_UP.NOT_FOUND). */
export const codePrefixOf = (streamType: string): string => streamType.toUpperCase().replace(/-/g, '_');
