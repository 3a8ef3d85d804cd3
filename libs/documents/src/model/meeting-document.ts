import type { KallelseDocument } from './kallelse.js';
import type { MinnesanteckningarDocument } from './minnesanteckningar.js';
import type { ProtocolDocument } from './protocol.js';
import type { UtdragDocument } from './utdrag.js';

/** Every document a meeting has, told apart by `kind`. */
export type MeetingDocument =
  ProtocolDocument | MinnesanteckningarDocument | KallelseDocument | UtdragDocument;
export type DocumentKind = MeetingDocument['kind'];
