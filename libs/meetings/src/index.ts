/** Meetings: scheduling, agenda and kallelse, recording, closing, revision and justering of the protocol, and carry-over onto the next meeting. */
export * from './domain/index.js';
export * from './meetings-http.module.js';
export * from './application/run-meeting-command/run-meeting-command.js';
export * from './application/get-meeting/meeting-view.js';
export * from './application/protocol/protocol-text-hash.js';
export * from './application/add-ovrig-fraga/add-ovrig-fraga.command.js';
export * from './application/add-protokollsanteckning/add-protokollsanteckning.command.js';
export * from './application/assign-follow-up-date/assign-follow-up-date.command.js';
export * from './application/correct-protocol/correct-protocol.command.js';
export * from './application/decline-justering/decline-justering.command.js';
export * from './application/get-meeting-history/get-meeting-history.query.js';
export * from './application/get-meeting/get-meeting.query.js';
export * from './application/justera-protocol/justera-protocol.command.js';
export * from './application/propose-agenda-item/propose-agenda-item.command.js';
export * from './application/revise-protocol/revise-protocol.command.js';
export * from './application/schedule-meeting/schedule-meeting.command.js';
export * from './application/set-agenda/set-agenda.command.js';
