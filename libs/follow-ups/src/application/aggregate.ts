import { type Aggregate } from '#libs/groups';
import {
  type FollowUpCommand,
  followUpDecider,
  type FollowUpEvent,
  type FollowUpState,
} from '../domain/index.js';

export const FOLLOW_UP: Aggregate<FollowUpCommand, FollowUpEvent, FollowUpState> = {
  streamType: 'follow-up',
  decider: followUpDecider,
  accessFacts: async (followUp, groupOf) => ({ group: await groupOf(followUp.groupId), followUp }),
};
