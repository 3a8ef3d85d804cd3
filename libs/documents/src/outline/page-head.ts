import {
  pageHeadTitle,
  revisionMarking,
  revisionShortLabel,
  withProtocolNumber,
  WORDS,
} from '../format/labels.js';
import { tableDate } from '../format/swedish-dates.js';
import type { MeetingDocument } from '../model/index.js';
import type { PageHead } from './blocks.js';

/**
 * The title, page head and page foot of a document. The title never carries an item's title: it
 * goes into the PDF's metadata and the browser's history, and an item may be confidential.
 */
export function pageHeadOf(document: MeetingDocument): PageHead {
  const { header } = document;
  const common = {
    headTitle: pageHeadTitle(document.kind, header),
    date: tableDate(header.date),
    dnr: header.dnr,
  };
  const versionFooter = (short: string) => ({ footer: `${header.groupName} · ${short}` });
  switch (document.kind) {
    case 'protokoll':
      return {
        ...common,
        title: `${withProtocolNumber('Protokoll', header.protocolNumber)} – ${header.groupName}`,
        marking: revisionMarking(document.revision),
        ...versionFooter(revisionShortLabel(document.revision)),
      };
    case 'minnesanteckningar':
      return {
        ...common,
        title: `Minnesanteckningar ${tableDate(header.date)} – ${header.groupName}`,
        marking: revisionMarking(document.revision),
        ...versionFooter(revisionShortLabel(document.revision)),
      };
    case 'kallelse': {
      const cancelled = document.status === 'inställt';
      return {
        ...common,
        title: `${cancelled ? `${WORDS.cancelled}: ` : ''}Kallelse ${tableDate(header.date)} – ${header.groupName}`,
        marking: cancelled ? WORDS.cancelled : undefined,
        // Version 0, the agenda as scheduled, has no number worth naming (agendaVersionSentence).
        ...versionFooter(
          document.agendaVersion === 0 ? 'kallelse' : `dagordning version ${document.agendaVersion}`,
        ),
      };
    }
    case 'protokollsutdrag': {
      const paragraph = document.paragraph.paragraph;
      const which = paragraph !== undefined ? `§ ${paragraph} ur protokoll` : 'Ur protokoll';
      return {
        ...common,
        title: `${WORDS.protokollsutdrag}: ${withProtocolNumber(which, header.protocolNumber)} – ${header.groupName}`,
        marking: revisionMarking(document.revision),
        ...versionFooter(revisionShortLabel(document.revision)),
      };
    }
  }
}
