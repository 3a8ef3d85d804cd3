import { createHash } from 'node:crypto';
import { canonicalJson } from '#libs/ddd';
import { latestRevision, type MeetingState } from '../../domain/index.js';

/**
 * The hash a justerare approves: of everything the protocol of the latest revision says (header,
 * attendance, justerare, agenda with § numbers, every record), in a canonical JSON form. Approvals
 * and declines are left out, so every justerare of a revision approves the same hash.
 * Served documents are checked against it (libs/meeting-documents, document-integrity.ts).
 */
export function protocolTextHash(state: MeetingState): string {
  const { meetingId, groupId, startsAt, endsAt, place, videoLink, protocolNumber, dnr } = state;
  const content = {
    header: { meetingId, groupId, startsAt, endsAt, place, videoLink, protocolNumber, dnr },
    revision: latestRevision(state),
    attendance: state.attendance,
    justerare: state.justerare,
    agenda: state.agenda.map((item) => ({
      ...item,
      paragraph: state.paragraphs[item.itemId],
      ...(state.subItems?.[item.itemId] === undefined ? {} : { subItem: state.subItems[item.itemId] }),
      records: state.items[item.itemId],
    })),
    // The form's headings and procedural paragraphs are part of the text justerat; meetings closed
    // before groups had a form have none recorded, and keep the hash they were justerade with.
    ...(state.protocolForm === undefined ? {} : { form: state.protocolForm }),
  };
  return contentHash(content);
}

/**
 * The one way this service fingerprints content: SHA-256 over canonical JSON (keys sorted, so a
 * round trip through jsonb hashes the same), as `sha256:<hex>`. The justering hash above and the
 * documents' integrity check (libs/meeting-documents) both use it.
 */
export function contentHash(content: unknown): string {
  return `sha256:${createHash('sha256').update(canonicalJson(content)).digest('hex')}`;
}
