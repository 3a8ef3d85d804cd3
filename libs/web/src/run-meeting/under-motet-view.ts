import { randomUUID } from 'node:crypto';
import { stockholmTimeRange, tableDate, stockholmDateTime } from '#libs/documents';
import type { GroupView } from '#libs/groups';
import type { AgendaEntryView, MeetingView } from '#libs/meetings';
import type { PartyStatement } from '#libs/shared-kernel';
import { type FormScope, scopeFingerprint } from './form-scope.js';
import {
  adjungeradeOf,
  listOf,
  NEW_ADJUNGERADE_ROWS,
  partiesPresent,
  partyName,
  partyValue,
  type PostedForm,
  recordOfKind,
  responsibleCandidates,
  textOf,
} from './under-motet-form.js';

/** A refused form, shown again with what was typed, the reason next to its field, or the stale edit. */
export interface FormOutcome {
  formId: string;
  values: PostedForm;
  fieldErrors: Record<string, string>;
  problem: { heading: string; text: string } | null;
  /** Someone else saved this part first: what is saved now, beside what the person typed. */
  savedNow: string | null;
}

interface Option {
  value: string;
  label: string;
  selected: boolean;
}

interface Field {
  name: string;
  id: string;
  value: string;
  error: string | null;
}

const KIND_LABELS: Record<string, string> = {
  information: 'Information',
  dialog: 'Dialog',
  beslut: 'Beslut',
  förhandling: 'Förhandling',
  'stående punkt': 'Stående punkt',
  återrapportering: 'Återrapportering',
  'övrig fråga': 'Övrig fråga',
};

export const underMotetPath = (meetingId: string) => `/moten/${encodeURIComponent(meetingId)}/under-motet`;

/**
 * The model of Under mötet: the meeting as GetMeetingQuery shows it, every form filled with what is
 * saved, except the one just refused (`outcome`), which keeps what was typed.
 */
export function underMotetView(
  meeting: MeetingView,
  group: GroupView,
  outcome: FormOutcome | null,
  savedFormId: string | null,
) {
  const base = underMotetPath(meeting.meetingId);
  const open = meeting.status === 'scheduled';
  const form = (id: string, scope: FormScope, action: string) => {
    const refused = outcome?.formId === id ? outcome : null;
    return {
      id,
      action: `${base}/${action}`,
      version: meeting.version,
      seen: scopeFingerprint(meeting, scope),
      problem: refused?.problem ?? null,
      savedNow: refused?.savedNow ?? null,
      saved: savedFormId === id,
      refused: refused !== null,
    };
  };
  /** A field's value: as typed when its form was refused, else as saved. */
  const field = (formId: string, name: string, saved: string, id = `${formId}-${name}`): Field => {
    const refused = outcome?.formId === formId ? outcome : null;
    return {
      name,
      id,
      value: refused ? textOf(refused.values, name) : saved,
      error: refused?.fieldErrors[name] ?? null,
    };
  };
  const posted = (formId: string) => (outcome?.formId === formId ? outcome.values : null);
  const partyOptions = (selected: string, withEmpty: string | null) => [
    ...(withEmpty === null ? [] : [{ value: '', label: withEmpty, selected: selected === '' }]),
    { value: 'employer', label: 'Arbetsgivaren', selected: selected === 'employer' },
    ...meeting.unionOrganisations.map((organisation) => ({
      value: `union:${organisation}`,
      label: organisation,
      selected: selected === `union:${organisation}`,
    })),
  ];

  // Attendance: every member, as recorded (present by default: the usual case is quickest).
  const attendanceForm = form('narvaro', { kind: 'attendance' }, 'narvaro');
  const attendancePosted = posted('narvaro');
  const recorded = new Map(meeting.attendance.map((entry) => [entry.person.personId, entry]));
  const members = group.members.map((member) => {
    const { personId } = member.person;
    const entry = recorded.get(personId);
    const presence = attendancePosted
      ? textOf(attendancePosted, `narvaro:${personId}`)
      : (entry?.presence ?? (meeting.attendance.length === 0 ? 'present' : ''));
    const replaces = attendancePosted
      ? textOf(attendancePosted, `ersatter:${personId}`)
      : (entry?.replaces ?? '');
    const key = slug(personId);
    return {
      name: member.person.name,
      description: `${member.role}, ${partyName(member.party)}`,
      presenceName: `narvaro:${personId}`,
      replacesName: `ersatter:${personId}`,
      id: `narvaro-${key}`,
      options: [
        {
          value: 'present',
          label: 'Närvarande',
          checked: presence === 'present',
          id: `narvaro-${key}-present`,
        },
        {
          value: 'absent',
          label: 'Frånvarande',
          checked: presence === 'absent',
          id: `narvaro-${key}-absent`,
        },
        { value: '', label: 'Inte med', checked: presence === '', id: `narvaro-${key}-none` },
      ],
      replacesId: `ersatter-${key}`,
      replacesOptions: [
        { value: '', label: 'Ingen', selected: replaces === '' },
        ...group.members
          .filter((other) => other.person.personId !== personId)
          .map((other) => ({
            value: other.person.personId,
            label: other.person.name,
            selected: replaces === other.person.personId,
          })),
      ],
    };
  });
  const adjungerade = [
    ...adjungeradeOf(meeting).map((entry) => ({
      id: entry.person.personId,
      name: entry.person.name,
      party: partyValue(entry.party),
    })),
    ...Array.from({ length: NEW_ADJUNGERADE_ROWS }, () => ({ id: '', name: '', party: 'employer' })),
  ].map((row, index) => ({
    index,
    personId: attendancePosted ? textOf(attendancePosted, `adj-id-${index}`) : row.id,
    name: field('narvaro', `adj-namn-${index}`, row.name, `adj-namn-${index}`),
    partyId: `adj-part-${index}`,
    partyOptions: partyOptions(
      attendancePosted ? textOf(attendancePosted, `adj-part-${index}`) : row.party,
      null,
    ),
  }));

  // Justerare: one select per party with someone present.
  const justerareForm = form('justerare', { kind: 'justerare' }, 'justerare');
  const justerarePosted = posted('justerare');
  const parties =
    meeting.rules.justering === 'employer'
      ? partiesPresent(meeting).filter((p) => p.side === 'employer')
      : partiesPresent(meeting);
  const justerareSelects = parties.map((party) => {
    const name = `justerare:${partyValue(party)}`;
    const current = justerarePosted
      ? textOf(justerarePosted, name)
      : (meeting.justerare.find((j) => partyValue(j.party) === partyValue(party))?.person.personId ?? '');
    return {
      name,
      id: `justerare-${slug(partyValue(party))}`,
      label:
        party.side === 'employer' ? 'Justerare för arbetsgivaren' : `Justerare för ${party.organisation}`,
      options: [
        { value: '', label: 'Ingen', selected: current === '' },
        ...meeting.attendance
          .filter((entry) => entry.presence === 'present' && partyValue(entry.party) === partyValue(party))
          .map((entry) => ({
            value: entry.person.personId,
            label: entry.person.name,
            selected: current === entry.person.personId,
          })),
      ],
    };
  });

  const presentOrganisations = partiesPresent(meeting).flatMap((party) =>
    party.side === 'union' ? [party.organisation] : [],
  );
  const people = responsibleCandidates(group, meeting);

  const items = meeting.agenda.map((item, index) =>
    itemView(item, index, {
      meeting,
      form,
      field,
      posted,
      partyOptions,
      presentOrganisations,
      people,
      open,
      outcome,
    }),
  );

  const ovrigForm = form('ovrig-fraga', { kind: 'meeting' }, 'ovrig-fraga');
  const closeForm = form('avsluta', { kind: 'meeting' }, 'avsluta');
  const errorSummary = outcome ? summaryOf(outcome, meeting) : null;

  return {
    meetingId: meeting.meetingId,
    groupName: group.name,
    heading: `Under mötet: ${group.name}`,
    protocolNumber: meeting.protocolNumber ? `Protokoll ${meeting.protocolNumber.formatted}` : null,
    date: tableDate(meeting.startsAt),
    time: stockholmTimeRange(meeting.startsAt, meeting.endsAt),
    place: meeting.place ?? (meeting.videoLink ? 'Videomöte' : 'Plats ej angiven'),
    open,
    closed: meeting.status === 'closed',
    cancelled: meeting.status === 'cancelled',
    closedAt: meeting.closedAt ? stockholmDateTime(meeting.closedAt) : null,
    protocolHref: `/api/meetings/${encodeURIComponent(meeting.meetingId)}/documents/protokoll.html`,
    errorSummary,
    attendance: {
      form: attendanceForm,
      members,
      adjungerade,
      recorded: meeting.attendance.length > 0,
    },
    justerare: {
      form: justerareForm,
      off: meeting.rules.justering === 'off',
      needsAttendance: meeting.attendance.length === 0,
      selects: justerareSelects,
      appointed: meeting.justerare.map((j) => `${j.person.name} (${partyName(j.party)})`).join(', '),
    },
    items,
    ovrigFraga: {
      form: ovrigForm,
      itemId: posted('ovrig-fraga')
        ? textOf(posted('ovrig-fraga') as PostedForm, 'itemId')
        : `ovrig-${randomUUID().slice(0, 8)}`,
      title: field('ovrig-fraga', 'title', ''),
      proposer: {
        id: 'ovrig-fraga-proposer',
        error: outcome?.formId === 'ovrig-fraga' ? (outcome.fieldErrors['proposer'] ?? null) : null,
        options: partyOptions(
          posted('ovrig-fraga') ? textOf(posted('ovrig-fraga') as PostedForm, 'proposer') : 'employer',
          null,
        ),
      },
    },
    close: { form: closeForm },
  };
}

interface ItemContext {
  meeting: MeetingView;
  form: (id: string, scope: FormScope, action: string) => ReturnType<FormBuilder>;
  field: (formId: string, name: string, saved: string, id?: string) => Field;
  posted: (formId: string) => PostedForm | null;
  partyOptions: (selected: string, withEmpty: string | null) => Option[];
  presentOrganisations: string[];
  people: { personId: string; name: string }[];
  open: boolean;
  outcome: FormOutcome | null;
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

function itemView(item: AgendaEntryView, index: number, context: ItemContext) {
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
    presenter: item.presenter?.name ?? null,
    minutes: item.estimatedMinutes ?? null,
    proposer: item.proposer.side === 'union' ? item.proposer.organisation : null,
    origin: item.origin?.fromDate
      ? `Återkommer från ${item.origin.fromParagraph ? `§ ${item.origin.fromParagraph}, ` : ''}${item.origin.fromDate}`
      : null,
    deferred: records.deferral?.reason ?? null,
    confidential: records.confidential !== undefined,
    handled: savedRecord !== null,
    statusLabel: records.deferral ? 'Bordlagd' : savedRecord ? 'Antecknad' : 'Inte behandlad',
    statusColor: records.deferral ? 'warning' : savedRecord ? 'success' : 'neutral',
    editable: context.open && !records.deferral,
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
  };
}

function fieldError(context: ItemContext, formId: string, name: string): string | null {
  const { outcome } = context;
  return outcome?.formId === formId ? (outcome.fieldErrors[name] ?? null) : null;
}

const FORM_LABELS: Record<string, string> = {
  narvaro: 'Närvaro',
  justerare: 'Justerare',
  'ovrig-fraga': 'Övrig fråga',
  avsluta: 'Avsluta mötet',
};

/** Where a refused form is, as the summary at the top names it: "Budget 2019", "Närvaro". */
function formLabel(formId: string, meeting: MeetingView): string {
  if (FORM_LABELS[formId]) return FORM_LABELS[formId];
  const item = meeting.agenda.find((entry) => formId.endsWith(`-${slug(entry.itemId)}`));
  return item?.title ?? '';
}

/**
 * The error summary at the top of the page (the page answers at its top, not at the form): each
 * problem links to its field, or to the form when it is about the whole form.
 */
function summaryOf(outcome: FormOutcome, meeting: MeetingView) {
  const where = formLabel(outcome.formId, meeting);
  return {
    heading: outcome.savedNow !== null ? 'Någon annan hann spara först' : 'Det gick inte att spara',
    links: [
      ...Object.entries(outcome.fieldErrors).map(([name, text]) => ({
        href: `#${fieldAnchor(outcome.formId, name)}`,
        text: `${where}: ${text}`,
      })),
      ...(outcome.problem
        ? [
            {
              href: `#problem-${outcome.formId}`,
              text:
                outcome.savedNow !== null
                  ? `${where}: någon annan sparade här efter att du öppnade sidan. Din text finns kvar.`
                  : `${where}: ${outcome.problem.text}`,
            },
          ]
        : []),
    ],
  };
}

/** The id of a field's input, which the error summary links to. */
export const fieldAnchor = (formId: string, name: string) =>
  name.startsWith('adj-namn-') ? name : `${formId}-${name}`;

/** Ids and anchors from any id (a UUID, "i-info", an organisation's name with å, ä, ö). */
export const slug = (value: string) =>
  value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'x';
