import type { QueryBus } from '@nestjs/cqrs';
import {
  extractParagraphs,
  type KallelseDocument,
  type MinnesanteckningarDocument,
  type ProtocolDocument,
  stockholmDateTime,
  stockholmTimeRange,
  tableDate,
} from '#libs/documents';
import type { Principal } from '#libs/identity';
import {
  GetMeetingDocumentQuery,
  type MeetingDocumentResult,
  MayArchiveMeetingQuery,
} from '#libs/meeting-documents';
import { GetMeetingQuery, type MeetingView } from '#libs/meetings';
import {
  archivePackageHref,
  type DocumentName,
  documentHref,
  justeringPageHref,
  VERIFICATION_PAGE,
} from './document-links.js';
import { readIfAllowed } from './read-if-allowed.js';

export interface DocumentFormats {
  htmlHref: string;
  pdfHref: string;
}

export interface DocumentEntry extends DocumentFormats {
  title: string;
  /** "Läs protokollet" */
  readText: string;
  /** "Revision 2 (revision), 2019-02-06 kl. 10.15" */
  versionLabel: string;
  icsHref: string | null;
}

export interface ExtractEntry extends DocumentFormats {
  label: string;
}

export interface RevisionEntry extends DocumentFormats {
  label: string;
  detail: string;
  current: boolean;
}

export interface MeetingDocumentsPage {
  heading: string;
  meetingLine: string;
  /** The public version: confidential items are left out (the reader is no member of the group). */
  publicVersion: boolean;
  justeringStatus: string | null;
  justeringHref: string | null;
  /** The archive package of a justerat meeting, for those who may make one (meeting.archive). */
  archiveHref: string | null;
  /** Once justerat: its PDFs are sealed, and /verifiera checks a copy (issue 13). */
  verificationHref: string | null;
  documents: DocumentEntry[];
  extracts: ExtractEntry[];
  revisions: RevisionEntry[];
}

const REVISION_KIND: Record<string, string> = {
  utkast: 'utkast',
  original: 'original',
  revision: 'revision',
  rättelse: 'rättelse',
};

/**
 * The Dokument page of a meeting: its protokoll, minnesanteckningar and kallelse as the documents
 * query gives them to this reader (members see confidential items, everyone else the public
 * version; an employee only what is published and never the kallelse), each as HTML and PDF, the
 * protocol's §§ as protokollsutdrag, and the protocol's revisions. One query per document, the
 * same the API answers /api/meetings/{id}/documents/… with, so the page shows nothing the API
 * would refuse. `revision`: the protocol revision to show (default: the latest the reader may read).
 */
export async function meetingDocumentsPage(
  queries: QueryBus,
  principal: Principal,
  meetingId: string,
  revision: number | undefined,
): Promise<MeetingDocumentsPage | undefined> {
  // Only those who read the meeting itself get its view (and so every revision); an employee does not.
  const meeting = await readIfAllowed(queries, new GetMeetingQuery(principal, meetingId));
  const read = (kind: 'protokoll' | 'minnesanteckningar' | 'kallelse', asked?: number) =>
    readIfAllowed(queries, new GetMeetingDocumentQuery(principal, meetingId, { kind }, { revision: asked }));
  const protokoll = await read('protokoll', revision);
  if (revision !== undefined && !protokoll) return undefined;
  const shown = protokoll?.revision;
  const minnesanteckningar = await read('minnesanteckningar', shown);
  const kallelse = meeting ? await read('kallelse') : undefined;
  const any = protokoll ?? minnesanteckningar ?? kallelse;
  if (!any) return undefined;

  const header = any.document.header;
  const number = header.protocolNumber ? `Protokoll ${header.protocolNumber}` : 'Möte';
  const options = (result: MeetingDocumentResult) => ({ revision: result.revision });
  const formats = (name: DocumentName, result: MeetingDocumentResult): DocumentFormats => ({
    htmlHref: documentHref(meetingId, name, 'html', options(result)),
    pdfHref: documentHref(meetingId, name, 'pdf', options(result)),
  });
  const documents: DocumentEntry[] = [];
  if (protokoll) {
    documents.push({
      title: 'Protokoll',
      readText: 'Läs protokollet',
      versionLabel: versionLabel(protokoll.document as ProtocolDocument),
      ...formats('protokoll', protokoll),
      icsHref: null,
    });
  }
  if (minnesanteckningar) {
    documents.push({
      title: 'Minnesanteckningar',
      readText: 'Läs minnesanteckningarna',
      versionLabel: versionLabel(minnesanteckningar.document as MinnesanteckningarDocument),
      ...formats('minnesanteckningar', minnesanteckningar),
      icsHref: null,
    });
  }
  if (kallelse) {
    documents.push({
      title: 'Kallelse',
      readText: 'Läs kallelsen',
      versionLabel: `Version ${kallelse.revision}${kallelseSent(kallelse.document as KallelseDocument)}`,
      ...formats('kallelse', kallelse),
      icsHref: documentHref(meetingId, 'kallelse', 'ics'),
    });
  }
  const protocol = protokoll?.document as ProtocolDocument | undefined;
  const mayArchive =
    protokoll !== undefined && (await queries.execute(new MayArchiveMeetingQuery(principal, meetingId)));
  return {
    heading: `${header.groupName}, ${number.charAt(0).toLowerCase()}${number.slice(1)}`,
    meetingLine: `${tableDate(header.startsAt)}, kl. ${stockholmTimeRange(header.startsAt, header.endsAt)}${header.place ? `, ${header.place}` : ''}`,
    publicVersion: any.audience === 'public',
    justeringStatus: protocol?.justering ? protocol.justering.status : null,
    justeringHref: meeting && isAppointed(meeting, principal) ? justeringPageHref(meetingId) : null,
    archiveHref: mayArchive ? archivePackageHref(meetingId) : null,
    verificationHref: protocol?.justering?.status === 'justerat' ? VERIFICATION_PAGE : null,
    documents,
    extracts: protokoll && protocol ? extractsOf(meetingId, protocol, protokoll) : [],
    revisions: protokoll ? revisionsOf(meetingId, meeting, protokoll) : [],
  };
}

function versionLabel(document: ProtocolDocument | MinnesanteckningarDocument): string {
  const info = document.revision;
  const kind = REVISION_KIND[info.kind] ?? info.kind;
  const at = info.at ? `, ${stockholmDateTime(info.at)}` : '';
  return info.revision === 0 ? `Utkast (mötet är inte avslutat)` : `Revision ${info.revision} (${kind})${at}`;
}

function kallelseSent(document: KallelseDocument): string {
  return document.issued ? `, skickad ${stockholmDateTime(document.issued.at)}` : '';
}

const isAppointed = (meeting: MeetingView, principal: Principal) =>
  meeting.justerare.some(({ person }) => person.personId === principal.accountId);

/** Every numbered § as a protokollsutdrag of the revision shown. */
function extractsOf(
  meetingId: string,
  protocol: ProtocolDocument,
  result: MeetingDocumentResult,
): ExtractEntry[] {
  return extractParagraphs(protocol).map((paragraph) => {
    const name = `protokollsutdrag-${paragraph.paragraph as number}` as const;
    return {
      label: `§ ${paragraph.paragraph} ${paragraph.title}`,
      htmlHref: documentHref(meetingId, name, 'html', { revision: result.revision }),
      pdfHref: documentHref(meetingId, name, 'pdf', { revision: result.revision }),
    };
  });
}

/**
 * The protocol's revisions: every one for those who read the meeting (from its view), newest
 * first; for an employee only the published one they were given (asking for others is refused).
 */
function revisionsOf(
  meetingId: string,
  meeting: MeetingView | undefined,
  shown: MeetingDocumentResult,
): RevisionEntry[] {
  const entry = (revision: number, label: string, detail: string): RevisionEntry => ({
    label,
    detail,
    current: revision === shown.revision,
    htmlHref: documentHref(meetingId, 'protokoll', 'html', { revision }),
    pdfHref: documentHref(meetingId, 'protokoll', 'pdf', { revision }),
  });
  if (!meeting || meeting.revisions.length === 0) {
    const info = (shown.document as ProtocolDocument).revision;
    return [entry(shown.revision, `Revision ${shown.revision}`, REVISION_KIND[info.kind] ?? info.kind)];
  }
  return [...meeting.revisions]
    .sort((a, b) => b.revision - a.revision)
    .map((revision) =>
      entry(
        revision.revision,
        `Revision ${revision.revision}`,
        [
          REVISION_KIND[revision.kind] ?? revision.kind,
          stockholmDateTime(revision.at),
          revision.by?.name,
          revision.reason,
        ]
          .filter(Boolean)
          .join(' · '),
      ),
    );
}
