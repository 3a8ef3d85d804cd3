import { randomUUID } from 'node:crypto';
import { stockholmTime, stockholmTimeRange, tableDate, stockholmDateTime } from '#libs/documents';
import type { GroupView } from '#libs/groups';
import type { MeetingView } from '#libs/meetings';
import { nameWithTitle } from '#libs/shared-kernel';
import { documentHref } from '../documents/document-links.js';
import { type FormScope, scopeFingerprint } from './form-scope.js';
import { itemView } from './under-motet-item-view.js';
import { fieldAnchor, type Field, type FormOutcome, slug } from './view-model.js';
import {
  adjungeradeOf,
  NEW_ADJUNGERADE_ROWS,
  partiesPresent,
  partyName,
  partyValue,
  type PostedForm,
  responsibleCandidates,
} from './under-motet-form.js';
import { textOf } from '../prepare-meeting/page-form.js';

export const underMotetPath = (meetingId: string) => `/moten/${encodeURIComponent(meetingId)}/under-motet`;

/**
 * The model of Under mötet: the meeting as GetMeetingQuery shows it, every form filled with what is
 * saved, except the one just refused (`outcome`), which keeps what was typed.
 */
/** The group as the page shows it, with its parent's name where it has one (for "Överlämna till …"). */
export type PageGroup = GroupView & { parentName?: string };

export function underMotetView(
  meeting: MeetingView,
  group: PageGroup,
  outcome: FormOutcome | null,
  savedFormId: string | null,
  now: Date,
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
      title: entry.title ?? '',
      party: partyValue(entry.party),
    })),
    ...Array.from({ length: NEW_ADJUNGERADE_ROWS }, () => ({
      id: '',
      name: '',
      title: '',
      party: 'employer',
    })),
  ].map((row, index) => ({
    index,
    personId: attendancePosted ? textOf(attendancePosted, `adj-id-${index}`) : row.id,
    name: field('narvaro', `adj-namn-${index}`, row.name, `adj-namn-${index}`),
    title: field('narvaro', `adj-titel-${index}`, row.title, `adj-titel-${index}`),
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
      parentName: group.parentName ?? null,
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
    protocolHref: documentHref(meeting.meetingId, 'protokoll', 'html'),
    errorSummary,
    attendance: {
      form: attendanceForm,
      members,
      adjungerade,
      recorded: meeting.attendance.length > 0,
      summary: attendanceSummary(meeting),
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
    close: {
      form: closeForm,
      // Written up after the meeting (its scheduled end has passed): the scheduled times, to correct
      // where it ran otherwise. Closed during the meeting: the end is left empty, so it is the moment
      // of closing (a scheduled end still to come would be refused as after the closing).
      startedAt: field('avsluta', 'startedAt', stockholmTime(meeting.startsAt)),
      endedAt: field(
        'avsluta',
        'endedAt',
        Date.parse(meeting.endsAt) <= now.getTime() ? stockholmTime(meeting.endsAt) : '',
      ),
    },
  };
}

/** The närvarolista in words, as the protocol will say it ("X är frånvarande, Y ersätter"). */
function attendanceSummary(meeting: MeetingView) {
  const byId = new Map(meeting.attendance.map((entry) => [entry.person.personId, entry.person.name]));
  const substitutes = new Map(
    meeting.attendance.flatMap((entry) => (entry.replaces ? [[entry.replaces, entry.person.name]] : [])),
  );
  const names = (entries: MeetingView['attendance']) => entries.map((entry) => entry.person.name).join(', ');
  const present = meeting.attendance.filter(
    (e) => e.presence === 'present' && e.role !== 'adjungerad' && !e.replaces,
  );
  const absent = meeting.attendance.filter((e) => e.presence === 'absent');
  const adjungerade = adjungeradeOf(meeting);
  return [
    present.length ? `Närvarande: ${names(present)}.` : '',
    ...absent.map((entry) =>
      substitutes.has(entry.person.personId ?? '')
        ? `${entry.person.name} är frånvarande, ${substitutes.get(entry.person.personId ?? '')} ersätter.`
        : `${byId.get(entry.person.personId ?? '') ?? entry.person.name} är frånvarande.`,
    ),
    adjungerade.length
      ? `Adjungerade: ${adjungerade.map((entry) => nameWithTitle({ ...entry.person, title: entry.title })).join(', ')}.`
      : '',
  ].filter(Boolean);
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
