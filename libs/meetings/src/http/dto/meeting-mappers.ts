import { definedOnly, toOptional, toParty, toPerson, toStatement } from '#libs/shared-kernel';
import type { OvrigFragaInput } from '../../application/add-ovrig-fraga/add-ovrig-fraga.command.js';
import type { ProposedItemInput } from '../../application/propose-agenda-item/propose-agenda-item.command.js';
import type { AgendaItemInput } from '../../application/set-agenda/set-agenda.command.js';
import type { AttendanceEntry, Justerare } from '../../domain/index.js';
import type {
  AgendaItemDto,
  AttendanceEntryDto,
  JusterareDto,
  ProposeAgendaItemDto,
} from './meeting-preparation.dto.js';
import type { OvrigFragaDto, RecordDecisionDto, RecordInformationDto } from './meeting-recording.dto.js';

/** Validated DTOs to the domain's plain shapes: no class instances or undefined keys reach the events. */

export const toAgendaItem = (item: AgendaItemDto): AgendaItemInput =>
  definedOnly({
    itemId: item.itemId,
    title: item.title,
    kind: item.kind,
    presenter: toOptional(item.presenter, toPerson),
    estimatedMinutes: item.estimatedMinutes,
    proposer: toParty(item.proposer),
  });

export const toProposedItem = (item: ProposeAgendaItemDto): ProposedItemInput =>
  definedOnly({
    itemId: item.itemId,
    title: item.title,
    kind: item.kind,
    presenter: toOptional(item.presenter, toPerson),
    estimatedMinutes: item.estimatedMinutes,
  });

export const toOvrigFraga = (item: OvrigFragaDto): OvrigFragaInput =>
  definedOnly({
    itemId: item.itemId,
    title: item.title,
    presenter: toOptional(item.presenter, toPerson),
    estimatedMinutes: item.estimatedMinutes,
    proposer: toParty(item.proposer),
  });

export const toAttendanceEntry = (entry: AttendanceEntryDto): AttendanceEntry =>
  definedOnly({
    person: toPerson(entry.person),
    party: toParty(entry.party),
    role: entry.role,
    presence: entry.presence,
    replaces: entry.replaces,
  });

export const toJusterare = ({ person, party }: JusterareDto): Justerare => ({
  person: toPerson(person),
  party: toParty(party),
});

export const toInformation = (body: RecordInformationDto) =>
  definedOnly({
    text: body.text,
    presenter: toOptional(body.presenter, toPerson),
    comments: body.comments?.map(toStatement),
  });

export const toDecision = (body: RecordDecisionDto) =>
  definedOnly({
    text: body.text,
    outcome: body.outcome,
    disagreeing: body.disagreeing,
    protokollsanteckningar: body.protokollsanteckningar?.map(toStatement),
  });
