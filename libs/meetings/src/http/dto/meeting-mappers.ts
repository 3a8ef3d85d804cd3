import type { FollowUpHandling } from '#libs/follow-ups';
import {
  definedOnly,
  type PersonDto,
  type Presenter,
  type PresenterDto,
  toAttendee,
  toOptional,
  toParty,
  toPerson,
  toPresenter,
  toStatement,
} from '#libs/shared-kernel';
import type { OvrigFragaInput } from '../../application/add-ovrig-fraga/add-ovrig-fraga.command.js';
import type { ProposedItemInput } from '../../application/propose-agenda-item/propose-agenda-item.command.js';
import type { AgendaItemInput } from '../../application/set-agenda/set-agenda.command.js';
import type { ProtocolChange } from '../../application/revise-protocol/revise-protocol.command.js';
import type {
  AgendaItemRemoval,
  AttendanceEntry,
  DecisionInput,
  DialogInput,
  InformationInput,
  Justerare,
} from '../../domain/index.js';
import type {
  AgendaItemDto,
  AgendaItemRemovalDto,
  AttendanceEntryDto,
  JusterareDto,
  ProposeAgendaItemDto,
} from './meeting-preparation.dto.js';
import type { ProtocolChangeDto } from './meeting-protocol.dto.js';
import type {
  FollowUpHandlingDto,
  OvrigFragaDto,
  RecordDecisionDto,
  RecordDialogDto,
  RecordInformationDto,
} from './meeting-recording.dto.js';

/**
 * Validated DTOs to the domain's facts. The DTOs declare the same fields (`implements DtoOf<…>`);
 * what is left here is the real work: nested person, party and statement classes become plain
 * objects, so no class instances or undefined keys reach the events.
 */

/** `presenters`, or the deprecated lone `presenter` as a list of one. */
const presentersFrom = (item: {
  presenters?: PresenterDto[];
  presenter?: PersonDto;
}): Presenter[] | undefined =>
  item.presenters?.map(toPresenter) ?? (item.presenter ? [toPerson(item.presenter)] : undefined);

export const toAgendaItem = (item: AgendaItemDto): AgendaItemInput =>
  definedOnly({
    itemId: item.itemId,
    title: item.title,
    kind: item.kind,
    presenters: presentersFrom(item),
    estimatedMinutes: item.estimatedMinutes,
    proposer: toParty(item.proposer),
    sectionId: item.sectionId,
    parentItemId: item.parentItemId,
    workEnvironmentTopic: item.workEnvironmentTopic,
  });

export const toRemoval = ({ itemId, reason }: AgendaItemRemovalDto): AgendaItemRemoval => ({
  itemId,
  reason,
});

export const toProposedItem = (item: ProposeAgendaItemDto): ProposedItemInput =>
  definedOnly({
    itemId: item.itemId,
    title: item.title,
    kind: item.kind,
    presenters: presentersFrom(item),
    estimatedMinutes: item.estimatedMinutes,
  });

export const toOvrigFraga = (item: OvrigFragaDto): OvrigFragaInput =>
  definedOnly({
    itemId: item.itemId,
    title: item.title,
    presenters: presentersFrom(item),
    estimatedMinutes: item.estimatedMinutes,
    proposer: toParty(item.proposer),
  });

export const toAttendanceEntry = (entry: AttendanceEntryDto): AttendanceEntry =>
  definedOnly({
    person: toAttendee(entry.person),
    title: entry.title,
    party: toOptional(entry.party, toParty),
    role: entry.role,
    presence: entry.presence,
    replaces: entry.replaces,
  });

export const toJusterare = ({ person, party, federation }: JusterareDto): Justerare =>
  definedOnly({ person: toPerson(person), party: toParty(party), federation });

export const toInformation = (body: RecordInformationDto): InformationInput =>
  definedOnly({
    text: body.text,
    presenter: toOptional(body.presenter, toPerson),
    comments: body.comments?.map(toStatement),
    followUp: toOptional(body.followUp, toFollowUpHandling),
  });

export const toDialog = (body: RecordDialogDto): DialogInput =>
  definedOnly({
    text: body.text,
    views: body.views?.map(toStatement),
    followUp: toOptional(body.followUp, toFollowUpHandling),
  });

export const toDecision = (body: RecordDecisionDto): DecisionInput =>
  definedOnly({
    text: body.text,
    outcome: body.outcome,
    disagreeing: body.disagreeing,
    protokollsanteckningar: body.protokollsanteckningar?.map(toStatement),
    followUp: toOptional(body.followUp, toFollowUpHandling),
  });

/** Copied field by field, so that no DTO instance reaches the event. */
const toFollowUpHandling = (body: FollowUpHandlingDto): FollowUpHandling =>
  definedOnly({ outcome: body.outcome, note: body.note, newDueDate: body.newDueDate, reason: body.reason });

/** Copies the corrections so that no DTO instance reaches the event. */
export const toProtocolChange = ({ reason, corrections }: ProtocolChangeDto): ProtocolChange => ({
  reason,
  corrections: corrections.map(({ itemId, record, text }) => ({ itemId, record, text })),
});
