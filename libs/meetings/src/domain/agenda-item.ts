import {
  definedOnly,
  requireDate,
  requireOneOf,
  requireParty,
  presentersOf,
  requirePresenters,
  requireText,
  requireTitle,
  AGENDA_ITEM_KINDS,
  LEGACY_PROTOCOL_FORM,
  WORK_ENVIRONMENT_TOPICS,
  type WorkEnvironmentTopic,
  type AgendaItemKind,
  type ProtocolForm,
  type IsoDate,
  type Party,
  type PersonRef,
  type Presenter,
} from '#domain/shared-kernel';
import { meetingError } from './errors.js';
import { sectionOfItem } from './paragraphs.js';

/** Where a returning item came from (see AgendaItemOrigin). */
export const AGENDA_ITEM_ORIGIN_KINDS = ['deferred', 'follow-up', 'escalated', 'answer'] as const;

// The kinds are shared with the groups context: a protocol form's sections name them.
export { AGENDA_ITEM_KINDS, type AgendaItemKind } from '#domain/shared-kernel';

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
    }
  /** Raised here from a group below (its parent is this group): "Överlämnat från APT …, § 4, 2019-03-04". */
  | {
      kind: 'escalated';
      fromGroupId: string;
      fromGroupName: string;
      fromMeetingId: string;
      fromItemId: string;
      fromParagraph?: number;
      fromDate: IsoDate;
      /** The question as put, where it differs from the item's title. */
      question?: string;
      /** This group, as the escalation named it: the answer goes back under its name. */
      toGroupName: string;
      /** Never a follow-up's (declared so that every origin can be asked for one). */
      followUpId?: never;
    }
  /** The answer to an item this group raised: the receiving meeting's outcome, from its §. */
  | {
      kind: 'answer';
      /** The group that answered (the parent) and its meeting. */
      fromGroupId: string;
      fromGroupName: string;
      fromMeetingId: string;
      fromItemId: string;
      fromParagraph?: number;
      fromDate: IsoDate;
      /** The outcome as the receiving protocol wrote it (decision, dialog or information text). */
      answer: string;
      /** Where this group raised it. */
      escalatedFromMeetingId: string;
      escalatedFromParagraph?: number;
      escalatedFromDate: IsoDate;
      followUpId?: never;
    };

export interface AgendaItem {
  itemId: string;
  title: string;
  kind: AgendaItemKind;
  /** Föredragande, in the order they present: with an account, or by name and title alone. */
  presenters?: Presenter[];
  /**
   * The one föredragande of items recorded before several were kept. Read an item's presenters with
   * presentersOf(item) (shared kernel), which takes either shape; what is decided now has presenters.
   */
  presenter?: PersonRef;
  estimatedMinutes?: number;
  /** The employer, or a union organisation using its right to put items on the agenda. */
  proposer: Party;
  origin?: AgendaItemOrigin;
  /** The section of the group's protocol form it stands in; without one its kind places it. */
  sectionId?: string;
  /** Set on a sub-item: it is printed as a), b) under this item's §, in the parent's section. */
  parentItemId?: string;
  /**
   * A returning item whose source item (or the item its follow-up was decided on) was marked
   * confidential: the mark lives on that item's records in the earlier meeting, so carry-over
   * brings it along here and only the server sets it (like the origin).
   */
  confidential?: true;
  /**
   * The AML 6:9 question the item takes up at a skyddskommitté (WORK_ENVIRONMENT_TOPICS): the
   * group sees per year which were handled, and closing checks a skyddsombud was there. Items set
   * before topics existed have none.
   */
  workEnvironmentTopic?: WorkEnvironmentTopic;
}

/** Checks one item and returns it normalised (trimmed text, no undefined keys). */
export function requireAgendaItem(
  item: AgendaItem,
  unionOrganisations: readonly string[],
  field: string,
): AgendaItem {
  const itemId = requireText(item.itemId, `${field}.itemId`, 200);
  const { estimatedMinutes, origin, sectionId, parentItemId, workEnvironmentTopic } = item;
  const presenters = requirePresenters(presentersOf(item), `${field}.presenters`);
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
    presenters: presenters.length > 0 ? presenters : undefined,
    estimatedMinutes,
    proposer: requireParty(item.proposer, unionOrganisations, `${field}.proposer`),
    origin: origin === undefined ? undefined : requireOrigin(origin, `${field}.origin`),
    sectionId: sectionId === undefined ? undefined : requireText(sectionId, `${field}.sectionId`, 200),
    parentItemId:
      parentItemId === undefined ? undefined : requireText(parentItemId, `${field}.parentItemId`, 200),
    confidential: item.confidential === true ? true : undefined,
    workEnvironmentTopic:
      workEnvironmentTopic === undefined
        ? undefined
        : requireOneOf(workEnvironmentTopic, WORK_ENVIRONMENT_TOPICS, `${field}.workEnvironmentTopic`),
  });
}

function requireOrigin(origin: AgendaItemOrigin, field: string): AgendaItemOrigin {
  requireDate(origin.fromDate, `${field}.fromDate`);
  if (origin.kind === 'follow-up') requireDate(origin.dueDate, `${field}.dueDate`);
  else requireOneOf(origin.kind, AGENDA_ITEM_ORIGIN_KINDS, `${field}.kind`);
  return origin;
}

/**
 * Checks an ordered agenda: every item valid, every item id used once and, against the group's
 * protocol form, every section named exists and every sub-item stands under a § of its own section.
 */
export function requireAgenda(
  items: readonly AgendaItem[],
  unionOrganisations: readonly string[],
  field: string,
  form: ProtocolForm = LEGACY_PROTOCOL_FORM,
): AgendaItem[] {
  const checked = items.map((item, index) =>
    requireAgendaItem(item, unionOrganisations, `${field}[${index}]`),
  );
  const seen = new Set<string>();
  for (const { itemId } of checked) {
    if (seen.has(itemId)) throw meetingError.duplicateItemId(itemId);
    seen.add(itemId);
  }
  for (const item of checked) requirePlacement(item, checked, form);
  return checked;
}

function requirePlacement(item: AgendaItem, agenda: readonly AgendaItem[], form: ProtocolForm): void {
  const { itemId, sectionId, parentItemId } = item;
  const known = form.sections.map((section) => section.sectionId);
  if (sectionId !== undefined && !known.includes(sectionId))
    throw meetingError.unknownSection(itemId, sectionId, known);
  if (parentItemId === undefined) return;
  const parent = agenda.find((candidate) => candidate.itemId === parentItemId);
  if (!parent) throw meetingError.unknownParentItem(itemId, parentItemId);
  if (parent.itemId === itemId)
    throw meetingError.invalidSubItem(itemId, parentItemId, 'it is the item itself');
  if (parent.parentItemId !== undefined)
    throw meetingError.invalidSubItem(itemId, parentItemId, 'that item is itself a sub-item');
  if (sectionId !== undefined && sectionOfItem(item, form) !== sectionOfItem(parent, form))
    throw meetingError.invalidSubItem(itemId, parentItemId, 'a sub-item stands in its parent’s section');
}

/**
 * A presenter named by a person id must be someone the organisation knows (the use case looks the
 * ids up and passes the ones it found); one without an account is named by name and title alone.
 */
export function requireKnownPresenters(
  items: readonly AgendaItem[],
  knownPresenters: readonly string[] | undefined,
): void {
  if (knownPresenters === undefined) return;
  for (const item of items)
    for (const { personId } of item.presenters ?? [])
      if (personId !== undefined && !knownPresenters.includes(personId))
        throw meetingError.unknownPresenter(item.itemId, personId);
}

/** The presenters' account ids an agenda names, for the use case to look up. */
export const presenterIdsOf = (items: readonly Pick<AgendaItem, 'presenters' | 'presenter'>[]): string[] => [
  ...new Set(
    items.flatMap((item) => presentersOf(item).flatMap(({ personId }) => (personId ? [personId] : []))),
  ),
];

/** An item as recorded in any version, in today's shape: a lone `presenter` becomes `presenters`. */
export function upcastAgendaItem(item: AgendaItem): AgendaItem {
  if (item.presenter === undefined) return item;
  const { presenter, ...rest } = item;
  return { ...rest, presenters: item.presenters ?? [presenter] };
}
