import type { MeetingDocument } from '#libs/documents';
import type { StoredEvent } from '#libs/event-store';
import { type MeetingEvent, protocolTextHash } from '#libs/meetings';
import {
  closedMeeting,
  employer,
  group,
  justerad,
  justerat,
  people,
  ssr,
  stateAfter,
} from '../../builders/document.fixtures.js';
import { buildMinnesanteckningarDocument } from '../../builders/minnesanteckningar-document.js';
import { buildProtocolDocument } from '../../builders/protocol-document.js';
import { checkJusteredDocument, type JusteredKind } from './document-integrity.js';

const stored = (events: readonly MeetingEvent[]): StoredEvent[] =>
  events.map((event, index) => ({ ...event, streamPosition: index + 1 }) as unknown as StoredEvent);

/** What the stream holds when both justerare approved the text the server hashed. */
const textHash = protocolTextHash(stateAfter(closedMeeting));
const justeratLog = [
  ...closedMeeting,
  justerad(people.substituteChair, employer, 1, textHash),
  justerad(people.ssrRep, ssr, 1, textHash),
  justerat(1, textHash),
];

/** A row as the projection writes it after the first `version` events (through jsonb: JSON only). */
function row(kind: JusteredKind, log: readonly MeetingEvent[], version = log.length) {
  const state = stateAfter(log.slice(0, version));
  const document =
    kind === 'protokoll'
      ? buildProtocolDocument(state, group)
      : buildMinnesanteckningarDocument(state, group);
  return {
    revision: document.revision.revision,
    document: JSON.parse(JSON.stringify(document)) as MeetingDocument,
    streamVersion: version,
  };
}

const failureOf = (log: readonly MeetingEvent[], kind: JusteredKind, stored_: ReturnType<typeof row>) => {
  const check = checkJusteredDocument(stored(log), kind, stored_);
  return check.justered ? check.failure : 'not checked';
};

describe('checkJusteredDocument', () => {
  it('passes the justerat protokoll and minnesanteckningar as the projection built them', () => {
    expect(checkJusteredDocument(stored(justeratLog), 'protokoll', row('protokoll', justeratLog))).toEqual({
      justered: true,
    });
    expect(
      failureOf(justeratLog, 'minnesanteckningar', row('minnesanteckningar', justeratLog)),
    ).toBeUndefined();
  });

  it('leaves a revision nobody has justerat unchecked', () => {
    expect(
      checkJusteredDocument(stored(closedMeeting), 'protokoll', row('protokoll', closedMeeting)),
    ).toEqual({
      justered: false,
    });
  });

  it('passes a row the projection wrote before the justering reached it, and one marked superseded', () => {
    expect(
      failureOf(justeratLog, 'protokoll', row('protokoll', justeratLog, closedMeeting.length)),
    ).toBeUndefined();
    const superseded = row('protokoll', justeratLog);
    Object.assign(superseded.document, {
      revision: { ...(superseded.document as { revision: object }).revision, superseded: true },
    });
    expect(failureOf(justeratLog, 'protokoll', superseded)).toBeUndefined();
  });

  it('fails an edited text, with the justering hash and both document hashes', () => {
    for (const kind of ['protokoll', 'minnesanteckningar'] as const) {
      const edited = row(kind, justeratLog);
      const text = JSON.stringify(edited.document).replace(/"title":"[^"]*"/, '"title":"Förfalskad rubrik"');
      expect(text).toContain('Förfalskad rubrik');
      edited.document = JSON.parse(text);
      const failure = failureOf(justeratLog, kind, edited);
      expect(failure).toMatchObject({
        kind,
        revision: 1,
        justeringHash: textHash,
        reason: 'the stored document is not the justerat text',
      });
      expect(typeof failure === 'object' && failure.expectedHash !== failure.actualHash).toBe(true);
    }
  });

  it('fails a protocol that claims a justering its revision never had', () => {
    const forged = row('protokoll', closedMeeting);
    Object.assign(forged.document, { justering: { status: 'justerat', entries: [], textHash } });
    expect(failureOf(closedMeeting, 'protokoll', forged)).toMatchObject({
      justeringHash: 'none',
      reason: 'the document says it is justerat; the log has no justering',
    });
  });

  it('fails a row pointed at a state of another revision, or past the end of the stream', () => {
    const draft = row('protokoll', justeratLog, closedMeeting.length - 1);
    expect(failureOf(justeratLog, 'protokoll', { ...draft, revision: 1 })).toMatchObject({
      reason: 'built from a state of revision 0',
    });
    const beyond = { ...row('protokoll', justeratLog), streamVersion: justeratLog.length + 1 };
    expect(failureOf(justeratLog, 'protokoll', beyond)).toMatchObject({
      reason: `built from stream version ${justeratLog.length + 1}, which the stream does not have`,
    });
  });

  it('fails when the log’s own text does not hash to what the justerare approved', () => {
    const otherHash = [
      ...closedMeeting,
      justerad(people.substituteChair, employer),
      justerad(people.ssrRep, ssr),
      justerat(),
    ];
    expect(failureOf(otherHash, 'protokoll', row('protokoll', otherHash))).toMatchObject({
      justeringHash: 'sha256:rev1',
      reason: `the log's text of the revision hashes to ${textHash}`,
    });
  });
});
