import {
  definedOnly,
  requireDate,
  requireOneOf,
  requireParty,
  requirePerson,
  requireText,
  requireTitle,
  type IsoDate,
  type Party,
  type PersonRef,
} from '#domain/shared-kernel';
import { meetingError } from './errors.js';

/** Where a returning item came from (see AgendaItemOrigin). */
export const AGENDA_ITEM_ORIGIN_KINDS = ['deferred', 'follow-up'] as const;

export const AGENDA_ITEM_KINDS = [
  'information',
  'dialog',
  'beslut',
  'förhandling',
  'stående punkt',
  'återrapportering',
  'övrig fråga',
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/**
 * Where a returning item came from, so the kallelse can say "från § 7, 2019-02-25" without
 * anyone retyping it: an item deferred at an earlier meeting, or a follow-up that is due.
 */
export type AgendaItemOrigin =
  | {
      kind: 'deferred';
      fromMeetingId: string;
      fromItemId: string;
      fromParagraph?: number;
      fromDate: IsoDate;
      reason: string;
      /** Set when the deferred item was a follow-up's återrapportering, so the link is not lost. */
      followUpId?: string;
      /** The group the item was deferred in (left out in origins recorded before it was kept). */
      fromGroupId?: string;
    }
  | {
      kind: 'follow-up';
      followUpId: string;
      fromMeetingId: string;
      fromItemId: string;
      fromParagraph?: number;
      fromDate: IsoDate;
      dueDate: IsoDate;
      /** The group whose meeting decided the follow-up (left out in older origins). */
      fromGroupId?: string;
    };

export interface AgendaItem {
  itemId: string;
  title: string;
  kind: AgendaItemKind;
  /** Föredragande. */
  presenter?: PersonRef;
  estimatedMinutes?: number;
  /** The employer, or a union organisation using its right to put items on the agenda. */
  proposer: Party;
  origin?: AgendaItemOrigin;
  /**
   * A returning item whose source item (or the item its follow-up was decided on) was marked
   * confidential: the mark lives on that item's records in the earlier meeting, so carry-over
   * brings it along here and only the server sets it (like the origin).
   */
  confidential?: true;
}

/** Checks one item and returns it normalised (trimmed text, no undefined keys). */
export function requireAgendaItem(
  item: AgendaItem,
  unionOrganisations: readonly string[],
  field: string,
): AgendaItem {
  const itemId = requireText(item.itemId, `${field}.itemId`, 200);
  const { estimatedMinutes, presenter, origin } = item;
  if (
    estimatedMinutes !== undefined &&
    !(Number.isInteger(estimatedMinutes) && estimatedMinutes > 0 && estimatedMinutes <= 600)
  ) {
    throw meetingError.invalidEstimate(itemId, estimatedMinutes);
  }
  return definedOnly({
    itemId,
    title: requireTitle(item.title, `${field}.title`),
    kind: requireOneOf(item.kind, AGENDA_ITEM_KINDS, `${field}.kind`),
    presenter: presenter === undefined ? undefined : requirePerson(presenter, `${field}.presenter`),
    estimatedMinutes,
    proposer: requireParty(item.proposer, unionOrganisations, `${field}.proposer`),
    origin: origin === undefined ? undefined : requireOrigin(origin, `${field}.origin`),
    confidential: item.confidential === true ? true : undefined,
  });
}

function requireOrigin(origin: AgendaItemOrigin, field: string): AgendaItemOrigin {
  requireDate(origin.fromDate, `${field}.fromDate`);
  if (origin.kind === 'follow-up') requireDate(origin.dueDate, `${field}.dueDate`);
  else requireOneOf(origin.kind, AGENDA_ITEM_ORIGIN_KINDS, `${field}.kind`);
  return origin;
}

/** Checks an ordered agenda: every item valid and every item id used once. */
export function requireAgenda(
  items: readonly AgendaItem[],
  unionOrganisations: readonly string[],
  field: string,
): AgendaItem[] {
  const checked = items.map((item, index) =>
    requireAgendaItem(item, unionOrganisations, `${field}[${index}]`),
  );
  const seen = new Set<string>();
  for (const { itemId } of checked) {
    if (seen.has(itemId)) throw meetingError.duplicateItemId(itemId);
    seen.add(itemId);
  }
  return checked;
}
