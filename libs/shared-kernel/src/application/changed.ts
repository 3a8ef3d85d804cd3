/** What commands answer: the aggregate's id and its stream's new version (the ETag). */
export interface OrganisationChanged {
  organisationId: string;
  version: number;
}

export interface GroupChanged {
  groupId: string;
  version: number;
}

export interface MeetingChanged {
  meetingId: string;
  version: number;
}

export interface FollowUpChanged {
  followUpId: string;
  version: number;
}
