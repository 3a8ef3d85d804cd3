import { foldEvents } from '#libs/ddd';
import type { MeetingDocument, MeetingHeader } from '#libs/documents';
import { type StoredEvent, toDomainEvent } from '#libs/event-store';
import {
  contentHash,
  latestRevision,
  meetingDecider,
  type MeetingEvent,
  type MeetingState,
  protocolTextHash,
} from '#libs/meetings';
import type { GroupContext } from '../../builders/document-context.js';
import { buildMinnesanteckningarDocument } from '../../builders/minnesanteckningar-document.js';
import { buildProtocolDocument } from '../../builders/protocol-document.js';
import type { StoredDocument, StoredDocumentKind } from '../../projections/documents/documents.query.js';

/** The documents that follow the protocol's revisions; a protokollsutdrag is cut from the stored protokoll. */
export const JUSTERED_KINDS = ['protokoll', 'minnesanteckningar'] as const;
export type JusteredKind = (typeof JUSTERED_KINDS)[number];

export const isJusteredKind = (kind: StoredDocumentKind): kind is JusteredKind =>
  (JUSTERED_KINDS as readonly string[]).includes(kind);

/** What a mismatch is logged and reported with. */
export interface IntegrityFailure {
  kind: JusteredKind;
  revision: number;
  /** The hash the justerare approved, as the justering events in the meeting's stream record it. */
  justeringHash: string;
  /** The hash of the document as the log builds it. */
  expectedHash: string;
  /** The hash of the stored document that was about to be served. */
  actualHash: string;
  reason: string;
}

export type IntegrityCheck = { justered: false } | { justered: true; failure?: IntegrityFailure };

/**
 * Checks a stored protokoll or minnesanteckningar revision against the meeting's event log, when
 * that revision has justering events (an approval, or the justering itself) or the document says it
 * is justerat.
 *
 * The justering hash is over the meeting's content (protocolTextHash), not over the document, which
 * is a lossy rendering of it (names for ids, formulae for records); a stored document cannot be
 * hashed back into it. So the check is a chain, each link recomputed here from the log:
 * 1. the state the row says it was built from (the stream up to its stream_version) is of its
 *    revision and hashes, with the one hash function, to what every justering event of the
 *    revision recorded;
 * 2. the document the projection's own builder makes from that state is the stored one, both
 *    fingerprinted with the same hash (contentHash).
 * A row edited in SQL breaks link 2; a row pointed at another state breaks link 1.
 */
export function checkJusteredDocument(
  events: readonly StoredEvent[],
  kind: JusteredKind,
  stored: Pick<StoredDocument, 'revision' | 'document' | 'streamVersion'>,
): IntegrityCheck {
  const { revision, document, streamVersion } = stored;
  const recorded = justeringHashes(events, revision);
  if (recorded.length === 0 && !claimsJustering(document)) return { justered: false };

  const justeringHash = recorded[0] ?? 'none';
  const actualHash = documentHash(document);
  const failure = (reason: string, expectedHash = 'none'): IntegrityCheck => ({
    justered: true,
    failure: { kind, revision, justeringHash, expectedHash, actualHash, reason },
  });

  if (recorded.length === 0) return failure('the document says it is justerat; the log has no justering');
  if (new Set(recorded).size > 1) return failure('the justering events disagree on the hash');
  const built = events.filter((event) => event.streamPosition <= streamVersion);
  if (built.length === 0 || built.length !== streamVersion)
    return failure(`built from stream version ${streamVersion}, which the stream does not have`);
  const state = foldEvents(
    meetingDecider,
    built.map((event) => toDomainEvent<MeetingEvent>(event)),
  );
  if (latestRevision(state) !== revision)
    return failure(`built from a state of revision ${latestRevision(state)}`);
  if (protocolTextHash(state) !== justeringHash)
    return failure(`the log's text of the revision hashes to ${protocolTextHash(state)}`);

  const expectedHash = documentHash(rebuild(kind, state, groupContextOf(document.header)));
  if (expectedHash !== actualHash)
    return failure('the stored document is not the justerat text', expectedHash);
  return { justered: true };
}

/** The text hashes the revision's JusteringApproved and ProtocolJusterat events recorded. */
function justeringHashes(events: readonly StoredEvent[], revision: number): string[] {
  return events.flatMap((event) => {
    if (event.type !== 'JusteringApproved' && event.type !== 'ProtocolJusterat') return [];
    const data = event.data as { revision: number; textHash: string };
    return data.revision === revision ? [data.textHash] : [];
  });
}

/** A forged row may claim a justering its revision never had: that is checked too. */
function claimsJustering(document: MeetingDocument): boolean {
  if (document.kind !== 'protokoll') return false;
  return document.justering?.status === 'justerat' || document.justering?.textHash !== undefined;
}

/**
 * The fingerprint compared. `superseded` is left out: the projection sets it on an older revision
 * when a newer one is written (a later UPDATE, not part of what was justerat).
 */
function documentHash(document: MeetingDocument): string {
  if (!('revision' in document)) return contentHash(document);
  return contentHash({ ...document, revision: { ...document.revision, superseded: false } });
}

function rebuild(kind: JusteredKind, state: MeetingState, group: GroupContext): MeetingDocument {
  return kind === 'protokoll'
    ? buildProtocolDocument(state, group)
    : buildMinnesanteckningarDocument(state, group);
}

/**
 * The group's and organisation's names as the document was built with them: they are copied in
 * at build time (a later rename must not rewrite an archived protocol) and the justering hash
 * covers the group's id, not its names, so they are taken as stored.
 */
function groupContextOf(header: MeetingHeader): GroupContext {
  const { organisationName, groupName, groupLevels, forvaltning } = header;
  return {
    groupName,
    groupLevels,
    ...(organisationName === undefined ? {} : { organisationName }),
    ...(forvaltning === undefined ? {} : { forvaltning }),
  };
}
