/** What every samverkan context shares: parties, people and Stockholm dates, the command path (clock, executor, streams, history) and the HTTP pieces every controller uses. */
export * from './domain/index.js';
export * from './shared-kernel.module.js';
export * from './application/streams.js';
export * from './application/command-context.js';
export * from './application/changed.js';
export * from './application/clock.js';
export * from './application/derived-id.js';
export * from './application/person-of.js';
export * from './application/history.js';
export * from './http/api-docs.js';
export * from './http/dto/common.dto.js';
export * from './http/dto/responses/history.dto.js';
export * from './http/dto/fields.js';
export * from './http/dto/responses/stream-version.dto.js';
