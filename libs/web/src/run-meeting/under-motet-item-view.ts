import { randomUUID } from 'node:crypto';
import { presentersLine } from '#libs/meeting-documents';
import type { AgendaEntryView, EscalationRecord, MeetingView } from '#libs/meetings';
import type { PartyStatement } from '#libs/shared-kernel';
import type { FormScope } from './form-scope.js';
import { partyName, type PostedForm, recordOfKind } from './under-motet-form.js';
import { listOf, textOf } from '../prepare-meeting/page-form.js';
import { type Field, type FormOutcome, type Option, slug } from './view-model.js';

const KIND_LABELS: Record<string, string> = {
  information: 'Information',
  dialog: 'Dialog',
  beslut: 'Beslut',
  förhandling: 'Förhandling',
  'stående punkt': 'Stående punkt',
  återrapportering: 'Återrapportering',
  'övrig fråga': 'Övrig fråga',
};

export interface ItemContext {
  meeting: MeetingView;
  form: (id: string, scope: FormScope, action: string) => ReturnType<FormBuilder>;
  field: (formId: string, name: string, saved: string, id?: string) => Field;
  posted: (formId: string) => PostedForm | null;
  partyOptions: (selected: string, withEmpty: string | null) => Option[];
  presentOrganisations: string[];
  people: { personId: string; name: string }[];
  open: boolean;
  outcome: FormOutcome | null;
  /** The group's parent, where an item can be raised to; null for a group without one. */
  parentName: string | null;
}
type FormBuilder = (
  id: string,
  scope: FormScope,
  action: string,
) => {
  id: string;
  action: string;
  version: number;
  seen: string;
  problem: { heading: string; text: string } | null;
  savedNow: string | null;
  saved: boolean;
  refused: boolean;
};

export function itemView(item: AgendaEntryView, index: number, context: ItemContext) {
  const { form, field, posted, partyOptions } = context;
  const key = slug(item.itemId);
  const scope: FormScope = { kind: 'item', itemId: item.itemId };
  const itemPath = `punkter/${encodeURIComponent(item.itemId)}`;
  const records = item.records;
  const fixedRecord = recordOfKind(item.kind);
  const savedRecord = records.decision
    ? 'decision'
    : records.dialog
      ? 'dialog'
      : records.information
        ? 'information'
        : null;
  const textFormId = `text-${key}`;
  const textPosted = posted(textFormId);
  const recordAs = textPosted
    ? textOf(textPosted, 'recordAs') || fixedRecord || 'information'
    : (fixedRecord ?? savedRecord ?? 'information');
  const savedText = records.decision?.text ?? records.dialog?.text ?? records.information?.text ?? '';
  const decided = textPosted ? textOf(textPosted, 'outcome') : (records.decision?.outcome ?? '');
  const disagreeing = textPosted ? listOf(textPosted, 'disagreeing') : (records.decision?.disagreeing ?? []);
  const statements: PartyStatement[] = [
    ...(records.decision?.protokollsanteckningar ?? []),
    ...records.protokollsanteckningar,
  ];
  // A returning återrapportering item: what becomes of its follow-up is decided with the text.
  const savedHandling = (records.decision ?? records.dialog ?? records.information)?.followUp;
  const handling = textPosted
    ? textOf(textPosted, 'followUpOutcome')
    : (savedHandling?.outcome ?? 'reported');
  const followUpFormId = `uppfoljning-${key}`;
  const followUpPosted = posted(followUpFormId);
  const responsible = followUpPosted ? textOf(followUpPosted, 'responsible') : '';
  const noteFormId = `anteckning-${key}`;
  const notePosted = posted(noteFormId);
  return {
    anchor: `punkt-${key}`,
    number: item.paragraph === undefined ? `${index + 1}.` : `§ ${item.paragraph}${item.subItem ?? ''}`,
    title: item.title,
    kind: KIND_LABELS[item.kind] ?? item.kind,
    presenter: presentersLine(item) ?? null,
    minutes: item.estimatedMinutes ?? null,
    proposer: item.proposer.side === 'union' ? item.proposer.organisation : null,
    origin: item.origin?.fromDate
      ? `Återkommer från ${item.origin.fromParagraph ? `§ ${item.origin.fromParagraph}, ` : ''}${item.origin.fromDate}`
      : null,
    deferred: records.deferral?.reason ?? null,
    escalated: records.escalation ? escalatedLabel(records.escalation) : null,
    confidential: records.confidential !== undefined,
    handled: savedRecord !== null,
    statusLabel: records.deferral
      ? 'Bordlagd'
      : records.escalation
        ? 'Överlämnad'
        : savedRecord
          ? 'Antecknad'
          : 'Inte behandlad',
    statusColor: records.deferral || records.escalation ? 'warning' : savedRecord ? 'success' : 'neutral',
    editable: context.open && !records.deferral && !records.escalation,
    text: {
      form: form(textFormId, scope, `${itemPath}/text`),
      chooseRecord: fixedRecord === null,
      recordAsId: `${textFormId}-recordAs`,
      recordOptions: [
        {
          value: 'information',
          label: 'Information (informationen noteras)',
          checked: recordAs === 'information',
          id: `${textFormId}-ra-information`,
        },
        { value: 'dialog', label: 'Dialog', checked: recordAs === 'dialog', id: `${textFormId}-ra-dialog` },
        {
          value: 'decision',
          label: 'Beslut',
          checked: recordAs === 'decision',
          id: `${textFormId}-ra-decision`,
        },
      ],
      label:
        recordAs === 'decision'
          ? 'Beslut'
          : recordAs === 'dialog'
            ? 'Vad som sades i dialogen'
            : 'Informationen',
      isDecision: recordAs === 'decision' || fixedRecord === 'decision' || fixedRecord === null,
      showOutcome: fixedRecord === 'decision' || fixedRecord === null,
      field: field(textFormId, 'text', savedText),
      outcomeError: fieldError(context, textFormId, 'outcome'),
      outcomeOptions: [
        { value: 'enighet', label: 'Enighet', checked: decided !== 'oenighet', id: `${textFormId}-enighet` },
        {
          value: 'oenighet',
          label: 'Oenighet',
          checked: decided === 'oenighet',
          id: `${textFormId}-oenighet`,
        },
      ],
      disagreeingError: fieldError(context, textFormId, 'disagreeing'),
      organisations: context.presentOrganisations.map((organisation) => ({
        value: organisation,
        id: `${textFormId}-oenig-${slug(organisation)}`,
        checked: disagreeing.includes(organisation),
      })),
      returning:
        item.origin?.kind === 'follow-up'
          ? {
              dueDate: item.origin.dueDate ?? null,
              error: fieldError(context, textFormId, 'followUpOutcome'),
              options: HANDLING_OPTIONS.map(({ value, label }) => ({
                value,
                label,
                checked: handling === value,
                id: `${textFormId}-uppfoljning-${value}`,
              })),
              newDueDate: field(textFormId, 'newDueDate', savedHandling?.newDueDate ?? ''),
              reason: field(textFormId, 'rescheduleReason', savedHandling?.reason ?? ''),
            }
          : null,
      savedOutcome: records.decision
        ? records.decision.outcome === 'enighet'
          ? 'Samverkan fullgjord i enighet.'
          : `Samverkan fullgjord i oenighet (${records.decision.disagreeing.join(', ')}).`
        : null,
    },
    statements: statements.map((statement) => ({ party: partyName(statement.party), text: statement.text })),
    note: {
      form: form(noteFormId, scope, `${itemPath}/protokollsanteckning`),
      partyId: `${noteFormId}-party`,
      partyError: fieldError(context, noteFormId, 'party'),
      partyOptions: partyOptions(notePosted ? textOf(notePosted, 'party') : '', 'Välj part'),
      field: field(noteFormId, 'text', ''),
    },
    followUps: records.followUps.map((followUp) => ({
      action: followUp.action,
      responsible: followUp.responsible.name,
      dueDate: followUp.dueDate,
    })),
    followUp: {
      form: form(followUpFormId, scope, `${itemPath}/uppfoljning`),
      followUpId: followUpPosted ? textOf(followUpPosted, 'followUpId') : randomUUID(),
      action: field(followUpFormId, 'action', ''),
      dueDate: field(followUpFormId, 'dueDate', ''),
      responsibleId: `${followUpFormId}-responsible`,
      responsibleError: fieldError(context, followUpFormId, 'responsible'),
      responsibleOptions: [
        { value: '', label: 'Välj ansvarig', selected: responsible === '' },
        ...context.people.map((person) => ({
          value: person.personId,
          label: person.name,
          selected: responsible === person.personId,
        })),
      ],
    },
    deferral: {
      form: form(`bordlagg-${key}`, scope, `${itemPath}/bordlaggning`),
      canDefer: !records.decision,
      field: field(`bordlagg-${key}`, 'reason', ''),
    },
    confidentiality: {
      form: form(`sekretess-${key}`, scope, `${itemPath}/sekretess`),
      canMark: records.confidential === undefined,
      field: field(`sekretess-${key}`, 'sekretessgrund', ''),
    },
    escalation: {
      form: form(`overlamna-${key}`, scope, `${itemPath}/overlamning`),
      // Only to the group's own parent, and not once decided here.
      canEscalate: context.parentName !== null && !records.decision,
      parentName: context.parentName,
      field: field(`overlamna-${key}`, 'question', ''),
    },
  };
}

/** "Överlämnad till FSG/VSG Socialförvaltningen: <the question>", or to an MBL negotiation. */
function escalatedLabel({ to, question }: EscalationRecord): string {
  const where =
    to.kind === 'parent-group' ? to.name : 'förhandling enligt MBL (beslut väntar på förhandlingen)';
  return `Överlämnad till ${where}${question ? `: ${question}` : ''}`;
}

function fieldError(context: ItemContext, formId: string, name: string): string | null {
  const { outcome } = context;
  return outcome?.formId === formId ? (outcome.fieldErrors[name] ?? null) : null;
}

/** What a meeting can do with a returning follow-up (FollowUpHandling), in the chair's words. */
const HANDLING_OPTIONS = [
  { value: 'reported', label: 'Återrapporterad: kommer tillbaka så länge den inte är klar' },
  { value: 'completed', label: 'Klar: tas inte upp igen' },
  { value: 'rescheduled', label: 'Nytt datum för uppföljningen' },
] as const;
