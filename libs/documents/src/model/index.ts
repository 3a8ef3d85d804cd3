export * from './common.js';
export * from './kallelse.js';
export * from './minnesanteckningar.js';
export * from './protocol.js';
export * from './utdrag.js';

import type { KallelseDocument } from './kallelse.js';
import type { MinnesanteckningarDocument } from './minnesanteckningar.js';
import type { ProtocolDocument } from './protocol.js';
import type { UtdragDocument } from './utdrag.js';

export type MeetingDocument =
  ProtocolDocument | MinnesanteckningarDocument | KallelseDocument | UtdragDocument;
export type DocumentKind = MeetingDocument['kind'];
export * from './public-version.js';
