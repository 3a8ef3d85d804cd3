/** Follow-ups (uppföljningar): the decider, its use cases, the follow-ups read model and its HTTP API. */
export * from './domain/index.js';
export * from './follow-ups-http.module.js';
export * from './follow-ups-read-models.module.js';
export * from './application/aggregate.js';
export * from './projections/follow-ups/index.js';
export * from './application/cancel-follow-up/cancel-follow-up.command.js';
export * from './application/complete-follow-up/complete-follow-up.command.js';
export * from './application/get-follow-up/get-follow-up.query.js';
export * from './application/list-follow-ups/list-follow-ups.query.js';
export * from './application/reschedule-follow-up/reschedule-follow-up.command.js';
export * from './http/dto/responses/command-results.dto.js';
