import type { MeetingHeader, RevisionInfo } from './common.js';
import type { JusteringBlock, ProtocolParagraph } from './protocol.js';

/** Protokollsutdrag: one § with the protocol's header and its justering status. */
export interface UtdragDocument {
  kind: 'protokollsutdrag';
  header: MeetingHeader;
  revision: RevisionInfo;
  paragraph: ProtocolParagraph;
  justering: JusteringBlock;
}
