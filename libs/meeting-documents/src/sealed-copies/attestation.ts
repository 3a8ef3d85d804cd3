import type { DocumentDate, DocumentInstant, ProtocolDocument } from '#libs/documents';

/**
 * What a verification of a sealed copy may say, and nothing more: whose document it is (the
 * organisation, the group, the meeting's number and date) and how it was justerat (when, by whom
 * for which party). No content of the meeting: a copy's holder already has that, and anyone else
 * holding only a hash learns nothing of what was said.
 */
export interface Attestation {
  organisation: string | null;
  group: string;
  meeting: { number: string; date: DocumentDate };
  justeradAt: DocumentInstant;
  approvals: { name: string; party: string; at: DocumentInstant | null }[];
}

/**
 * The attestation of a justerat protocol revision (the protocol's own justering block, which the
 * integrity check has tied to the log), or undefined while the revision is not justerat: such a
 * revision is never sealed.
 */
export function attestationOf(protocol: ProtocolDocument): Attestation | undefined {
  const { justering, header } = protocol;
  if (justering?.status !== 'justerat' || !justering.justeratAt) return undefined;
  return {
    organisation: header.organisationName ?? null,
    group: header.groupName,
    meeting: { number: header.protocolNumber, date: header.date },
    justeradAt: justering.justeratAt,
    approvals: justering.entries
      .filter((entry) => entry.state === 'justerat')
      .map((entry) => ({ name: entry.name, party: entry.party.name, at: entry.at ?? null })),
  };
}
