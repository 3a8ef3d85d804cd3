import type { KallelseDocument, MinnesanteckningarDocument, ProtocolDocument } from '#libs/documents';
import { nextKallelse, buildKallelseDocument } from '../../builders/kallelse-document.js';
import { buildMinnesanteckningarDocument } from '../../builders/minnesanteckningar-document.js';
import { buildProtocolDocument } from '../../builders/protocol-document.js';
import { meetingDocumentProjection } from './meeting-document-projection.js';

/** The protocol of every meeting, one row per revision (0 = the draft before close). */
export const protocolsProjection = meetingDocumentProjection<ProtocolDocument>({
  name: 'documents-protokoll',
  kind: 'protokoll',
  marksSuperseded: true,
  build: (state, group) => {
    const document = buildProtocolDocument(state, group);
    return { revision: document.revision.revision, document };
  },
});

/** The minnesanteckningar, a bilaga that follows the protocol's revisions. */
export const minnesanteckningarProjection = meetingDocumentProjection<MinnesanteckningarDocument>({
  name: 'documents-minnesanteckningar',
  kind: 'minnesanteckningar',
  marksSuperseded: true,
  build: (state, group) => {
    const document = buildMinnesanteckningarDocument(state, group);
    return { revision: document.revision.revision, document };
  },
});

/** The kallelse, one row per version a calendar would see (its iCalendar SEQUENCE). */
export const kallelserProjection = meetingDocumentProjection<KallelseDocument>({
  name: 'documents-kallelse',
  kind: 'kallelse',
  marksSuperseded: false,
  followsCarryOver: true,
  build: (state, group, previous, at, live) => {
    const document = nextKallelse(previous?.document, buildKallelseDocument(state, group, live), at);
    return { revision: document.sequence, document };
  },
});

export const DOCUMENT_PROJECTIONS = [protocolsProjection, minnesanteckningarProjection, kallelserProjection];
