import { streamRef } from '#libs/event-store';

/** Stream names: one per aggregate instance, always inside the caller's tenant. */
export type StreamType = 'organisation' | 'group' | 'meeting' | 'follow-up';

/** The tenant is the organisation: one organisation stream per tenant. */
export const organisationStream = (tenantId: string) => streamRef('organisation', tenantId, tenantId);
export const groupStream = (tenantId: string, groupId: string) => streamRef('group', tenantId, groupId);
export const meetingStream = (tenantId: string, meetingId: string) =>
  streamRef('meeting', tenantId, meetingId);
export const followUpStream = (tenantId: string, followUpId: string) =>
  streamRef('follow-up', tenantId, followUpId);
