import type { MeetingDocument } from '../model/index.js';
import { revisionShortLabel } from '../format/labels.js';
import { tableDate } from '../format/swedish-dates.js';

/** What the page shell prints around a document: the <title>, the page head and the page foot. */
export interface PageMeta {
  /** The browser tab and the PDF's title: "Protokoll 2/2019 – FSG/VSG Socialförvaltningen". */
  title: string;
  /** The page head on every printed page, as in seed 002: "MINNESANTECKNINGAR SAMVERKANSGRUPP". */
  headTitle: string;
  /** The page foot: the group and which version this is ("Revision 2", "Utkast"). */
  footer: string;
}

export function pageMetaOf(document: MeetingDocument): PageMeta {
  const { header } = document;
  switch (document.kind) {
    case 'protokoll':
      return {
        title: `Protokoll ${header.protocolNumber} – ${header.groupName}`,
        headTitle: 'PROTOKOLL SAMVERKANSGRUPP',
        footer: `${header.groupName} · ${revisionShortLabel(document.revision)}`,
      };
    case 'minnesanteckningar':
      return {
        title: `Minnesanteckningar ${tableDate(header.date)} – ${header.groupName}`,
        headTitle: 'MINNESANTECKNINGAR SAMVERKANSGRUPP',
        footer: `${header.groupName} · ${revisionShortLabel(document.revision)}`,
      };
    case 'kallelse':
      return {
        title: `${document.status === 'inställt' ? 'INSTÄLLT: ' : ''}Kallelse ${tableDate(header.date)} – ${header.groupName}`,
        headTitle: 'KALLELSE SAMVERKANSGRUPP',
        footer: `${header.groupName} · dagordning version ${document.agendaVersion}`,
      };
    case 'protokollsutdrag': {
      const paragraph = document.paragraph.paragraph;
      const which = paragraph !== undefined ? `§ ${paragraph} ur protokoll` : 'Ur protokoll';
      return {
        title: `Protokollsutdrag: ${which} ${header.protocolNumber} – ${header.groupName}`,
        headTitle: 'PROTOKOLLSUTDRAG SAMVERKANSGRUPP',
        footer: `${header.groupName} · ${revisionShortLabel(document.revision)}`,
      };
    }
  }
}
