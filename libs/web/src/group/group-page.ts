import { stockholmTimeRange, swedishLongDate, tableDate } from '#libs/documents';
import type { FollowUpRow } from '#libs/follow-ups';
import type { GroupView, Membership } from '#libs/groups';
import type { EscalationEntry, EscalationOverview, MeetingListing } from '#libs/meetings';
import { KIND_LABELS, partyLabel, prepareHref, runHref, runsMeetings } from '../prepare-meeting/labels.js';
import { documentHref, documentsPageHref } from '../documents/document-links.js';
import { type FormFields, type FormProblem, summaryOf, textOf } from '../prepare-meeting/page-form.js';

export interface GroupRender {
  group: GroupView;
  meetings: MeetingListing[];
  followUps: FollowUpRow[];
  escalations: EscalationOverview;
  personId: string;
  now: Date;
  /** Every past meeting, not only the latest PAST_SHOWN (?tidigare=alla). */
  allPast: boolean;
  problem: FormProblem | null;
  posted: FormFields | null;
}

/** Past meetings shown before one asks for all. */
export const PAST_SHOWN = 20;

const STATUS_LABELS = { scheduled: 'Planerat', closed: 'Avslutat', cancelled: 'Inställt' } as const;
const PROTOCOL_LABELS: Record<string, string> = {
  draft: 'Utkast, väntar på justering',
  'change requested': 'Ändring begärd',
  justerat: 'Justerat',
  'no protocol': 'Inget protokoll',
};

/** The Grupp page's model (see grupp.hbs). */
export function groupPage({
  group,
  meetings,
  followUps,
  escalations,
  personId,
  now,
  allPast,
  problem,
  posted,
}: GroupRender) {
  const runs = runsMeetings(group, personId);
  const field = (name: string) => ({
    value: problem && posted ? textOf(posted, name) : '',
    error: problem?.fields[name] ?? null,
  });
  const byStart = [...meetings].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const coming = byStart.filter(
    (meeting) => meeting.status === 'scheduled' && Date.parse(meeting.endsAt) >= now.getTime(),
  );
  const past = byStart.filter((meeting) => !coming.includes(meeting)).reverse();
  const meetingRow = (meeting: MeetingListing) => ({
    date: tableDate(meeting.startsAt),
    longDate: swedishLongDate(tableDate(meeting.startsAt)),
    time: stockholmTimeRange(meeting.startsAt, meeting.endsAt),
    // A meeting takes its number when it closes.
    protocolNumber: meeting.protocolNumber ?? 'ges vid avslut',
    place: meeting.place ?? (meeting.videoLink ? 'Videomöte' : ''),
    status: STATUS_LABELS[meeting.status],
    protocolStatus: meeting.status === 'closed' ? (PROTOCOL_LABELS[meeting.protocolStatus] ?? '') : '',
    prepareHref: prepareHref(meeting.meetingId),
    prepareText: runs && meeting.status === 'scheduled' ? 'Förbered' : 'Dagordning',
    kallelseHref: meeting.kallelseIssuedAt ? documentHref(meeting.meetingId, 'kallelse', 'html') : null,
    // A meeting held but not yet closed is written up on Under mötet (often the day after).
    runHref: runs && meeting.status === 'scheduled' ? runHref(meeting.meetingId) : null,
    documentsHref: meeting.status === 'closed' ? documentsPageHref(meeting.meetingId) : null,
  });
  return {
    group: {
      groupId: group.groupId,
      name: group.name,
      levelsLabel: group.levelsLabel,
      skyddskommitte: group.actsAsSkyddskommitte,
      version: String(group.version),
    },
    skyddskommitte: skyddskommitteSection(group),
    sides: sidesOf(group.members),
    form: {
      isDefault: group.protocolFormIsDefault,
      opening: group.protocolForm.opening.map(({ title }) => title),
      sections: group.protocolForm.sections.map(({ heading, kinds }) => ({
        heading,
        kinds: kinds.map((kind) => KIND_LABELS[kind]).join(', '),
      })),
      closing: group.protocolForm.closing.map(({ title }) => title),
    },
    escalations: escalationRows(escalations),
    coming: coming.map(meetingRow),
    past: (allPast ? past : past.slice(0, PAST_SHOWN)).map(meetingRow),
    // A group of many years has hundreds of meetings: the page shows the latest, the rest on asking.
    pastHidden:
      allPast || past.length <= PAST_SHOWN ? null : { count: past.length, href: `?tidigare=alla#tidigare` },
    followUps: followUps.map((row) => ({
      action: row.action,
      responsible: row.responsible.name,
      dueDate: row.dueDate,
      origin: `${row.origin.paragraph === null ? '' : `§ ${row.origin.paragraph}, `}${row.origin.meetingDate}`,
      overdue: (row.daysLeft ?? 0) < 0,
      state:
        (row.daysLeft ?? 0) < 0
          ? `Försenad ${-(row.daysLeft ?? 0)} ${row.daysLeft === -1 ? 'dag' : 'dagar'}`
          : row.daysLeft === 0
            ? 'Ska vara klar i dag'
            : `${row.daysLeft ?? 0} ${row.daysLeft === 1 ? 'dag' : 'dagar'} kvar`,
    })),
    schedule: runs
      ? {
          problem: summaryOf(problem),
          fields: {
            datum: field('datum'),
            start: field('start'),
            slut: field('slut'),
            plats: field('plats'),
            videolank: field('videolank'),
            dnr: field('dnr'),
          },
        }
      : null,
  };
}

/** The members by side: the employer first, then each union organisation, then those with no party (APT). */
function sidesOf(members: readonly Membership[]) {
  const groups = new Map<string, { heading: string; members: { name: string; role: string }[] }>();
  const order = (member: Membership) =>
    member.party === undefined
      ? 'Ö'
      : member.party.side === 'employer'
        ? '0'
        : `1${member.party.organisation}`;
  for (const member of [...members].sort((a, b) => order(a).localeCompare(order(b), 'sv'))) {
    const heading =
      member.party === undefined
        ? 'Medarbetare'
        : member.party.side === 'employer'
          ? 'Arbetsgivaren'
          : `Fackliga: ${partyLabel(member.party)}`;
    const side = groups.get(heading) ?? { heading, members: [] };
    side.members.push({ name: member.person.name, role: member.role });
    groups.set(heading, side);
  }
  return [...groups.values()];
}

/** A skyddskommitté's warnings and its AML 6:9 questions per year, as the Grupp page shows them. */
function skyddskommitteSection(group: GroupView) {
  const view = group.skyddskommitte;
  if (!view) return null;
  return {
    warnings: view.warnings.map(({ code, text }) => ({ code, text })),
    years: view.topicsByYear.map(({ year, topics }) => ({
      year,
      handledCount: topics.filter((row) => row.handledAt.length > 0).length,
      topicCount: topics.length,
      rows: topics.map((row) => ({
        topic: row.topic,
        label: row.label,
        handled: row.handledAt.map(
          ({ date, paragraph, protocolNumber }) =>
            `${date}${paragraph === undefined ? '' : `, § ${paragraph}`}${protocolNumber === undefined ? '' : ` (${protocolNumber})`}`,
        ),
        planned: row.plannedAt.map(({ date }) => date),
        state:
          row.handledAt.length > 0
            ? 'Behandlad'
            : row.plannedAt.length > 0
              ? 'Planerad'
              : 'Inte behandlad än',
        done: row.handledAt.length > 0,
      })),
    })),
  };
}

/** A confidential item's title reaches only the group's members (escalationOverview leaves it out). */
const CONFIDENTIAL_TITLE = 'Sekretessmarkerat ärende';

const originOf = ({ paragraph, date }: EscalationEntry) =>
  `${paragraph === undefined ? '' : `§ ${paragraph}, `}${date}`;

/** The escalations in and out as one table: what each is, which way it went, and where it stands. */
function escalationRows(overview: EscalationOverview) {
  const row = (entry: EscalationEntry, direction: string, state: string) => ({
    title: entry.title ?? CONFIDENTIAL_TITLE,
    question: entry.question ?? null,
    direction,
    origin: originOf(entry),
    state,
  });
  return [
    ...overview.incoming.map((entry) =>
      row(entry, `Från ${entry.groupName}`, 'Tas upp vid gruppens nästa möte'),
    ),
    ...overview.outgoing.map((entry) => row(entry, `Till ${entry.groupName}`, 'Väntar på att tas upp där')),
    ...overview.answers.map((entry) =>
      row(entry, `Svar från ${entry.groupName}`, `Återrapporteras vid nästa möte: ${entry.answer ?? ''}`),
    ),
    ...overview.negotiations.map((entry) =>
      row(entry, 'Förhandling enligt MBL', 'Förhandlingen pågår; beslut fattas när den är avslutad'),
    ),
  ];
}
