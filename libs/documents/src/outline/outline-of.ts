import type { MeetingDocument } from '../model/index.js';
import type { DocumentOutline } from './blocks.js';
import { kallelseOutline } from './kallelse.js';
import { minnesanteckningarOutline } from './minnesanteckningar.js';
import { protocolOutline } from './protocol.js';
import { utdragOutline } from './utdrag.js';

/**
 * The print outline of any meeting document. It lays out what it is given: for a reader who is not
 * a member of the group, pass `forAudience(document, 'public')`.
 */
export function outlineOf(document: MeetingDocument): DocumentOutline {
  switch (document.kind) {
    case 'protokoll':
      return protocolOutline(document);
    case 'minnesanteckningar':
      return minnesanteckningarOutline(document);
    case 'kallelse':
      return kallelseOutline(document);
    case 'protokollsutdrag':
      return utdragOutline(document);
  }
}
