import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { AppConfig } from '#libs/config';
import {
  type Audience,
  documentFileName,
  DocumentRenderer,
  extractParagraphs,
  type MeetingDocument,
  type ProtocolDocument,
  protocolExtract,
} from '#libs/documents';
import { type StoredEvent, StreamReader, toDomainEvent } from '#libs/event-store';
import { GroupDirectory, seesConfidentialItems } from '#libs/groups';
import {
  findLiveAgenda,
  hiddenItemsFor,
  type MeetingEvent,
  type MeetingState,
  readableEventData,
} from '#libs/meetings';
import { Clock, toHistoryEntry } from '#libs/shared-kernel';
import { meetingDocumentOf } from '../application/get-document/meeting-document-of.js';
import type { Attestation } from '../sealed-copies/attestation.js';
import type { IssuedCopyKey } from '../sealed-copies/issued-copies.store.js';
import { SealedCopies } from '../sealed-copies/sealed-copies.js';
import { archivableMeeting } from './archivable-meeting.js';
import { type ArchivePackage, GetArchivePackageQuery } from './archive-package.query.js';
import { describeMeeting } from './meeting-description.js';
import { buildMeetingXml } from './meeting-xml.js';
import { buildMetsXml } from './mets-xml.js';
import { describeFile, PACKAGE_PATHS, type PackageFile } from './package-files.js';
import { packageFileName } from './package-name.js';
import { zipPackage } from './zip-package.js';

@QueryHandler(GetArchivePackageQuery)
export class GetArchivePackageHandler implements IQueryHandler<GetArchivePackageQuery> {
  constructor(
    private readonly reader: StreamReader,
    private readonly directory: GroupDirectory,
    private readonly dataSource: DataSource,
    private readonly renderer: DocumentRenderer,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly sealedCopies: SealedCopies,
  ) {}

  async execute({ principal, meetingId }: GetArchivePackageQuery): Promise<ArchivePackage> {
    const { tenantId } = principal;
    const { events, state, group, revision } = await archivableMeeting(
      this.reader,
      this.directory,
      principal,
      meetingId,
    );

    // The meeting view's rule, not a second one: members read confidential items, nobody else.
    const live = (await findLiveAgenda(this.dataSource.manager, tenantId, state)) ?? [];
    const hidden = hiddenItemsFor(principal, group, state, live);
    const audience: Audience = seesConfidentialItems(principal, group) ? 'members' : 'public';
    const documentOf = async (kind: 'protokoll' | 'minnesanteckningar') =>
      meetingDocumentOf(this.dataSource.manager, events, {
        tenantId,
        meetingId,
        file: { kind, format: 'pdf' },
        revision,
        audience,
      });
    const protocol = await documentOf('protokoll');
    const notes = await documentOf('minnesanteckningar');
    const protocolDocument = protocol.document as ProtocolDocument;

    const pdfs = await this.renderPdfs(
      [
        { document: protocolDocument, kind: 'protokoll', paragraph: 0 },
        { document: notes.document, kind: 'minnesanteckningar', paragraph: 0 },
        ...extractsOf(protocolDocument),
      ],
      { tenantId, meetingId, audience, revision, attestation: protocol.attestation },
    );
    const eventLog: PackageFile = {
      path: PACKAGE_PATHS.eventLog,
      mimeType: 'application/x-ndjson',
      body: Buffer.from(eventLogLines(events, hidden)),
    };
    const data = [...pdfs, eventLog];
    const streamVersion = events.at(-1)?.streamPosition ?? events.length;
    const description = describeMeeting({
      state,
      group,
      protocol: protocolDocument,
      revision,
      streamVersion,
      audience,
      hidden,
    });
    const meetingXml: PackageFile = {
      path: PACKAGE_PATHS.meeting,
      mimeType: 'application/xml',
      body: Buffer.from(buildMeetingXml(description)),
    };
    const createdAt = this.clock.now();
    const { header } = protocolDocument;
    const mets: PackageFile = {
      path: PACKAGE_PATHS.mets,
      mimeType: 'application/xml',
      body: Buffer.from(
        buildMetsXml({
          objId: objectId(tenantId, state, revision, audience),
          label: `Protokoll ${header.protocolNumber}, ${header.groupName}, ${header.date}`,
          createdAt: createdAt.toISOString(),
          descriptive: describeFile(meetingXml),
          data: data.map(describeFile),
        }),
      ),
    };
    return {
      filename: packageFileName(header.groupName, header.protocolNumber, header.date),
      body: await zipPackage([mets, meetingXml, ...data], createdAt),
      revision,
      audience,
    };
  }

  /**
   * The PDFs as a reader downloads them: a justerat revision's are the sealed copies of the ledger
   * (the same bytes, so /verifiera recognises the package's files), others rendered as they are.
   */
  private async renderPdfs(
    documents: readonly PackagePdf[],
    { attestation, ...copy }: Omit<IssuedCopyKey, 'kind' | 'paragraph'> & { attestation?: Attestation },
  ): Promise<PackageFile[]> {
    const files: PackageFile[] = [];
    for (const { document, kind, paragraph } of documents) {
      const render = async () =>
        (
          await this.renderer.render(document, 'pdf', {
            audience: copy.audience,
            revision: copy.revision,
            calendarDomain: this.config.calendarDomain,
          })
        ).body;
      const body = attestation
        ? await this.sealedCopies.pdfOf({ ...copy, kind, paragraph }, attestation, render)
        : await render();
      const path = `${PACKAGE_PATHS.data}/${documentFileName(document, 'pdf', copy.revision)}`;
      files.push({ path, mimeType: 'application/pdf', body });
    }
    return files;
  }
}

/** A PDF of the package, with what names its issued copy. */
interface PackagePdf {
  document: MeetingDocument;
  kind: IssuedCopyKey['kind'];
  /** The § of a protokollsutdrag, 0 otherwise. */
  paragraph: number;
}

/** One protokollsutdrag per § (a § with a) b) sub-items is one utdrag with them). */
const extractsOf = (protocol: ProtocolDocument): PackagePdf[] =>
  extractParagraphs(protocol).flatMap(({ paragraph }) => {
    const document = protocolExtract(protocol, paragraph as number);
    return document ? [{ document, kind: 'protokollsutdrag' as const, paragraph: paragraph as number }] : [];
  });

/** The history as the meeting's history endpoint gives it, one JSON object per line, in order. */
function eventLogLines(events: readonly StoredEvent[], hidden: ReadonlySet<string>): string {
  return events
    .map((event) =>
      JSON.stringify({
        ...toHistoryEntry(event),
        data: readableEventData(toDomainEvent<MeetingEvent>(event), hidden),
      }),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/** The package's identifier: the same meeting, revision and version make the same OBJID. */
const objectId = (tenantId: string, state: MeetingState, revision: number, audience: Audience) =>
  `urn:x-samverkan:${encodeURIComponent(tenantId)}:mote:${state.meetingId ?? ''}:revision:${revision}:${audience === 'members' ? 'medlemmar' : 'offentlig'}`;
