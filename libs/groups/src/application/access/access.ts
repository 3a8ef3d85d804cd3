import { DomainError } from '#libs/ddd';
import { AUTH_ERROR, type Principal, unauthenticated } from '#libs/identity';
import { type AccessFacts, isAllowed, type Permission } from './access-policy.js';

const DESCRIPTIONS: Record<Permission, string> = {
  'organisation.read': 'read the organisation',
  'organisation.manage': "manage the organisation (admin's right)",
  'group.read': 'read this group (its members, HR and admins may)',
  'group.manage': "manage groups and their members (admin's right)",
  'meeting.read': 'read this meeting (members of its group and HR may)',
  'meeting.read-published':
    "read this meeting's published protocol or notes (an APT's: the employees of its unit, once closed or justerat; a samverkansgrupp's: every employee, once justerat)",
  'meeting.run':
    "run this group's meetings (its ordförande, sekreterare and employer vice ordförande may; a union vice ordförande where the group's setting says so)",
  'meeting.propose-item':
    'propose an item for this meeting (its union members, for their own organisation, and those who run it may)',
  'meeting.annotate':
    'add this protokollsanteckning (a union member for their own organisation, and those who keep the protocol, may)',
  'meeting.justera': 'justera this protocol (only its appointed justerare may, each for themselves)',
  'meeting.archive': "export this meeting's archive package (admins, HR and the group's sekreterare may)",
  'follow-up.read': 'read this follow-up',
  'follow-up.report': 'report on this follow-up (its responsible and the group’s chairs may)',
  'follow-up.manage': "reschedule or cancel this follow-up (its responsible and the group's chairs may)",
};

/** Throws forbidden AUTH.FORBIDDEN (403) unless the policy allows it. */
export function requirePermission(
  principal: Principal,
  permission: Permission,
  facts: AccessFacts = {},
): void {
  if (isAllowed(principal, permission, facts)) return;
  throw new DomainError('forbidden', AUTH_ERROR.FORBIDDEN, `You may not ${DESCRIPTIONS[permission]}`, {
    permission,
  });
}

/** The identity guard normally refuses earlier; without a principal nothing here may run. */
export function requirePrincipal(principal: Principal | undefined): Principal {
  if (principal === undefined || principal === null) {
    throw unauthenticated('Sign in or send an API token');
  }
  return principal;
}
