import type { ItemContent } from '#libs/documents';
import type { AgendaItem, ItemRecords } from '#libs/meetings';
import { definedOnly } from '#libs/shared-kernel';
import { documentParty, swedishList } from './document-context.js';

/**
 * The texts of an item in the order they were spoken: information, dialog, decision. An item
 * normally has one of them; one that has several prints them all. Confidential when marked so
 * here, or when it returned from a confidential item (`item.confidential`, set by carry-over).
 */
export interface ItemContentOptions {
  /** The agenda item: one that returned from a confidential item stays confidential. */
  item?: Pick<AgendaItem, 'confidential'>;
  /** False at an APT: a decision there is the manager's, with no samverkan outcome. */
  formalParties?: boolean;
}

export function itemContent(
  records: ItemRecords,
  { item, formalParties = true }: ItemContentOptions = {},
): ItemContent {
  const { information, dialog, decision, deferral, escalation, confidential } = records;
  const texts = [information?.text, dialog?.text, decision?.text].filter(
    (text): text is string => text !== undefined && text !== '',
  );
  const statements = [...(information?.comments ?? []), ...(dialog?.views ?? [])].map(statement);
  const protokollsanteckningar = [
    ...(decision?.protokollsanteckningar ?? []),
    ...records.protokollsanteckningar,
  ].map(statement);
  return definedOnly({
    text: texts.length > 0 ? texts.join('\n\n') : undefined,
    statements,
    outcome: outcomeOf(records, formalParties),
    followUps: records.followUps.map(({ action, responsible, dueDate }) => ({
      action,
      responsible: responsible.name,
      dueDate,
    })),
    protokollsanteckningar,
    deferral: deferral ? { reason: deferral.reason } : undefined,
    escalation: escalation
      ? definedOnly({
          to: escalation.to.kind === 'parent-group' ? escalation.to.name : undefined,
          question: escalation.question,
          negotiation: escalation.negotiation,
        })
      : undefined,
    confidential: confidential ? { reason: confidential.reason } : item?.confidential ? {} : undefined,
  });
}

const statement = ({ party, text }: { party: Parameters<typeof documentParty>[0]; text: string }) => ({
  party: documentParty(party),
  text,
});

/**
 * The outcome line the protocol writes under a §: a decision's samverkan result (naming those who
 * disagree), dialog held or information noted. A deferred item has no outcome: its reason says it.
 */
export function outcomeOf(records: ItemRecords, formalParties = true): string | undefined {
  // An APT has no formal parties: the manager's decision is its text, not a samverkan outcome.
  if (records.decision && !formalParties) return undefined;
  if (records.decision) {
    const { outcome, disagreeing } = records.decision;
    if (outcome === 'enighet') return 'Samverkan fullgjord i enighet.';
    const who = disagreeing.length > 0 ? ` ${swedishList(disagreeing)} är oeniga med arbetsgivaren.` : '';
    return `Samverkan fullgjord i oenighet.${who}`;
  }
  if (records.dialog) return 'Dialog genomförd.';
  if (records.information) return 'Informationen noteras.';
  return undefined;
}

/** Headings group items in the documents; they take no § number. */
export const PROTOCOL_HEADINGS: Record<AgendaItem['kind'], string> = {
  information: 'Information',
  dialog: 'Dialog',
  beslut: 'Beslut',
  förhandling: 'Förhandling',
  'stående punkt': 'Stående punkter',
  återrapportering: 'Återrapportering',
  'övrig fråga': 'Övriga frågor',
};

/** The minnesanteckningar know three sections, as seed 002 (plus övriga frågor at the end). */
export const MINNESANTECKNINGAR_SECTIONS: Record<AgendaItem['kind'], string> = {
  information: 'Information',
  'stående punkt': 'Information',
  återrapportering: 'Information',
  dialog: 'Dialog',
  beslut: 'Beslut',
  förhandling: 'Beslut',
  'övrig fråga': 'Övriga frågor',
};
export const MINNESANTECKNINGAR_SECTION_ORDER = ['Information', 'Dialog', 'Beslut', 'Övriga frågor'];
