import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { AppConfig } from '#libs/config';
import {
  type Audience,
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
        file: { kind },
        revision,
        audience,
      });
    const protocol = await documentOf('protokoll');
    const notes = await documentOf('minnesanteckningar');
    const protocolDocument = protocol.document as ProtocolDocument;

    const pdfs = await this.renderPdfs(
      [protocolDocument, notes.document, ...extractsOf(protocolDocument)],
      audience,
      revision,
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

  private async renderPdfs(
    documents: readonly MeetingDocument[],
    audience: Audience,
    revision: number,
  ): Promise<PackageFile[]> {
    const files: PackageFile[] = [];
    for (const document of documents) {
      const rendered = await this.renderer.render(document, 'pdf', {
        audience,
        revision,
        calendarDomain: this.config.calendarDomain,
      });
      files.push({
        path: `${PACKAGE_PATHS.data}/${rendered.filename}`,
        mimeType: 'application/pdf',
        body: rendered.body,
      });
    }
    return files;
  }
}

/** One protokollsutdrag per § (a § with a) b) sub-items is one utdrag with them). */
const extractsOf = (protocol: ProtocolDocument): MeetingDocument[] =>
  extractParagraphs(protocol).flatMap(
    ({ paragraph }) => protocolExtract(protocol, paragraph as number) ?? [],
  );

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
