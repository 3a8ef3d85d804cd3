import {
  stockholmDate,
  stockholmDateTime,
  stockholmTime,
  stockholmTimeRange,
  swedishDayMonthYear,
  swedishLongDate,
  tableDate,
} from '#libs/documents';
import type { GroupView } from '#libs/groups';
import { presentersLine } from '#libs/meeting-documents';
import { type AgendaEntryView, type MeetingView, sectionOfItem } from '#libs/meetings';
import {
  nameWithTitle,
  type ProtocolForm,
  WORK_ENVIRONMENT_TOPIC_LABELS,
  WORK_ENVIRONMENT_TOPICS,
} from '#libs/shared-kernel';
import { documentHref } from '../documents/document-links.js';
import { chairsAgendaOf } from './agenda-edits.js';
import { memberPresenterOf } from './item-presenters.js';
import {
  groupHref,
  KIND_LABELS,
  kindOptions,
  originLabel,
  partyLabel,
  runHref,
  runsMeetings,
} from './labels.js';
import { type FormFields, type FormProblem, listOf, summaryOf, textOf } from './page-form.js';

/** What a successful form says after the redirect (?klart=…), so the result is announced. */
export const DONE_MESSAGES: Record<string, string> = {
  schemalagt: 'Mötet är schemalagt. Bygg dagordningen här och skicka sedan kallelsen.',
  tillagd: 'Punkten är tillagd på dagordningen.',
  sparad: 'Punkten är sparad.',
  flyttad: 'Punkten är flyttad.',
  borttagen: 'Punkten är borttagen från dagordningen.',
  medtagen: 'Den återkommande punkten är tagen med på dagordningen.',
  kallelse: 'Kallelsen är skickad.',
  flyttat: 'Mötet är flyttat.',
  installt:
    'Mötet är inställt. Det som skulle ha tagits upp kommer tillbaka på nästa mötes förslag till dagordning.',
};

interface Option {
  value: string;
  label: string;
  selected: boolean;
}

/** One input as a template shows it: its value and the error next to it (null when none). */
interface Field {
  value: string;
  error: string | null;
}

export interface PrepareRender {
  view: MeetingView;
  group: GroupView;
  personId: string;
  done: string | null;
  problem: FormProblem | null;
  posted: FormFields | null;
}

/** The Förbered möte page's model (see forbered-mote.hbs). */
export function prepareMeetingPage({ view, group, personId, done, problem, posted }: PrepareRender) {
  const form = group.protocolForm;
  const chairs = chairsAgendaOf(view.agenda);
  const onChairsAgenda = new Set(chairs.map(({ itemId }) => itemId));
  const editable = view.status === 'scheduled' && runsMeetings(group, personId);
  const problemFor = (name: string) => (problem?.form === name ? problem : null);
  /** What the refused form posted for the field (its own form only; another form's fields keep their values). */
  const postedOr = (own: FormProblem | null, field: string, value: string) =>
    own && posted && field in posted ? textOf(posted, field) : value;
  const fieldsOf = (name: string) => {
    const own = problemFor(name);
    return (field: string, value: string): Field => ({
      value: postedOr(own, field, value),
      error: own?.fields[field] ?? null,
    });
  };
  const members = group.members;
  const presenterOptions = (selected: string) => [
    { value: '', label: 'Ingen angiven', selected: selected === '' },
    ...members.map(({ person }) => ({
      value: person.personId,
      label: person.name,
      selected: selected === person.personId,
    })),
  ];
  // Only a skyddskommitté tags items with the AML 6:9 question they take up.
  const topicOptions = (selected: string): Option[] | null =>
    group.actsAsSkyddskommitte
      ? [
          { value: '', label: 'Ingen', selected: selected === '' },
          ...WORK_ENVIRONMENT_TOPICS.map((topic) => ({
            value: topic,
            label: WORK_ENVIRONMENT_TOPIC_LABELS[topic],
            selected: selected === topic,
          })),
        ]
      : null;
  const sectionOptions = (selected: string): Option[] => [
    { value: '', label: 'Efter punktens typ', selected: selected === '' },
    ...form.sections.map(({ sectionId, heading }) => ({
      value: sectionId,
      label: heading,
      selected: selected === sectionId,
    })),
  ];
  const parentOptions = (selected: string, except: string): Option[] => [
    { value: '', label: 'Ingen (egen paragraf)', selected: selected === '' },
    ...chairs
      .filter((item) => item.parentItemId === undefined && item.itemId !== except)
      .map((item) => ({ value: item.itemId, label: item.title, selected: selected === item.itemId })),
  ];
  const proposerOptions = (selected: string): Option[] => [
    {
      value: 'arbetsgivaren',
      label: 'Arbetsgivaren',
      selected: selected === 'arbetsgivaren' || selected === '',
    },
    ...view.unionOrganisations.map((name) => ({
      value: `facket:${name}`,
      label: name,
      selected: selected === `facket:${name}`,
    })),
  ];

  const itemModel = (entry: AgendaEntryView, index: number, siblings: AgendaEntryView[]) => {
    const key = `punkt-${index}`;
    const field = fieldsOf(key);
    const own = problemFor(key);
    const position = siblings.indexOf(entry);
    const union = entry.proposer.side === 'union';
    return {
      key,
      itemId: entry.itemId,
      title: entry.title,
      kindLabel: KIND_LABELS[entry.kind],
      presenter: presentersLine(entry) ?? null,
      minutes: entry.estimatedMinutes ?? null,
      proposer: partyLabel(entry.proposer),
      unionProposal: union,
      origin: originLabel(entry.origin),
      carryOverNote:
        entry.carryOver === 'withdrawn'
          ? 'Återkommer inte längre hit (uppföljningen är klar, flyttad eller redan tagen upp).'
          : entry.sinceKallelse === 'added'
            ? 'Ny sedan kallelsen skickades.'
            : null,
      canMoveUp: position > 0,
      canMoveDown: position >= 0 && position < siblings.length - 1,
      problem: summaryOf(own),
      open: own !== null,
      subItems: [] as object[],
      fields: {
        titel: field('titel', entry.title),
        minuter: field('minuter', entry.estimatedMinutes === undefined ? '' : String(entry.estimatedMinutes)),
        motivering: field('motivering', ''),
        typ: field('typ', entry.kind),
        avsnitt: field('avsnitt', entry.sectionId ?? ''),
        under: field('under', entry.parentItemId ?? ''),
        arbetsmiljofraga: field('arbetsmiljofraga', entry.workEnvironmentTopic ?? ''),
      },
      kinds: kindOptions(postedOr(own, 'typ', entry.kind)),
      sections: sectionOptions(postedOr(own, 'avsnitt', entry.sectionId ?? '')),
      parents: parentOptions(postedOr(own, 'under', entry.parentItemId ?? ''), entry.itemId),
      presenters: presenterOptions(
        postedOr(own, 'foredragande', memberPresenterOf(entry.presenters ?? [], group)?.personId ?? ''),
      ),
      // The presenters the select does not show (another member, someone without an account): kept
      // on saving unless ticked for removal.
      otherPresenters: (entry.presenters ?? [])
        .filter((presenter) => presenter !== memberPresenterOf(entry.presenters ?? [], group))
        .map((presenter, at) => ({
          label: nameWithTitle(presenter),
          value: String(at),
          id: `${key}-ta-bort-foredragande-${at}`,
        })),
      guest: { name: field('gast-namn', ''), title: field('gast-titel', '') },
      topics: topicOptions(postedOr(own, 'arbetsmiljofraga', entry.workEnvironmentTopic ?? '')),
      topicLabel: entry.workEnvironmentTopic
        ? WORK_ENVIRONMENT_TOPIC_LABELS[entry.workEnvironmentTopic]
        : null,
    };
  };

  // The chairs' agenda in the form's sections (items without one follow their kind), sub-items under their item.
  const indexOf = new Map(chairs.map((entry, index) => [entry.itemId, index]));
  const placeOf = (entry: AgendaEntryView) => sectionOfItem(entry, form)?.sectionId ?? OUTSIDE_THE_FORM;
  const sections = sectionsOf(form)
    .map(({ sectionId, heading }) => {
      const top = chairs.filter((entry) => entry.parentItemId === undefined && placeOf(entry) === sectionId);
      const items = top.map((entry) => {
        const model = itemModel(entry, indexOf.get(entry.itemId) as number, top);
        const subs = chairs.filter((sub) => sub.parentItemId === entry.itemId);
        model.subItems = subs.map((sub) => itemModel(sub, indexOf.get(sub.itemId) as number, subs));
        return model;
      });
      return { sectionId, heading, items, empty: items.length === 0 };
    })
    .filter((section) => section.sectionId !== OUTSIDE_THE_FORM || !section.empty);

  const proposed = view.agenda
    .filter((entry) => entry.carryOver === 'proposed' && !onChairsAgenda.has(entry.itemId))
    .map((entry, index) => ({
      key: `aterkommande-${index}`,
      itemId: entry.itemId,
      title: entry.title,
      kindLabel: KIND_LABELS[entry.kind],
      origin: originLabel(entry.origin),
    }));

  const moveField = fieldsOf('flytta');
  const cancelField = fieldsOf('installa');
  const add = fieldsOf('ny-punkt');
  const addOwn = problemFor('ny-punkt');
  const kallelseOwn = problemFor('kallelse');
  const chosen = kallelseOwn && posted ? new Set(listOf(posted, 'mottagare')) : null;
  const issued = view.kallelser.length > 0;

  return {
    editable,
    runHref: editable ? runHref(view.meetingId) : null,
    readOnlyReason:
      view.status === 'closed'
        ? 'Mötet är avslutat. Dagordningen och kallelsen kan inte ändras längre.'
        : view.status === 'cancelled'
          ? 'Mötet är inställt.'
          : editable
            ? null
            : 'Bara gruppens ordförande, vice ordförande och sekreterare förbereder mötet. Du ser dagordningen som den ser ut nu.',
    done: done ? (DONE_MESSAGES[done] ?? null) : null,
    pageProblem: problem && problem.form === 'sidan' ? problem.message : null,
    meeting: {
      meetingId: view.meetingId,
      version: String(view.version),
      groupName: group.name,
      groupHref: groupHref(group.groupId),
      protocolNumber: view.protocolNumber ? `Protokoll ${view.protocolNumber.formatted}` : null,
      date: swedishLongDate(tableDate(view.startsAt)),
      time: stockholmTimeRange(view.startsAt, view.endsAt),
      place: view.place ?? null,
      videoLink: view.videoLink ?? null,
      dnr: view.dnr ?? null,
    },
    // For those who prepare it: when the kallelse and the agenda should go out, and what is late.
    notice:
      editable && view.notice
        ? {
            kallelseBy: swedishDayMonthYear(view.notice.kallelseBy),
            agendaBy: swedishDayMonthYear(view.notice.agendaBy),
            kallelseDays: view.notice.kallelseDays,
            agendaDays: view.notice.agendaDays,
            warnings: view.notice.warnings.map(({ code, text }) => ({ code, text })),
          }
        : null,
    opening: form.opening.map(({ title }) => title),
    closing: form.closing.map(({ title }) => title),
    sections,
    hasItems: chairs.length > 0,
    proposed,
    removed: view.removedItems.map((removal) => ({
      title: removal.item.title,
      proposer: partyLabel(removal.item.proposer),
      reason: removal.reason,
    })),
    add: {
      problem: summaryOf(addOwn),
      fields: {
        titel: add('titel', ''),
        minuter: add('minuter', ''),
        typ: add('typ', ''),
        avsnitt: add('avsnitt', ''),
        under: add('under', ''),
        arbetsmiljofraga: add('arbetsmiljofraga', ''),
      },
      kinds: kindOptions(postedOr(addOwn, 'typ', 'information')),
      sections: sectionOptions(postedOr(addOwn, 'avsnitt', '')),
      parents: parentOptions(postedOr(addOwn, 'under', ''), ''),
      presenters: presenterOptions(postedOr(addOwn, 'foredragande', '')),
      otherPresenters: [],
      guest: { name: add('gast-namn', ''), title: add('gast-titel', '') },
      topics: topicOptions(postedOr(addOwn, 'arbetsmiljofraga', '')),
      proposers: proposerOptions(postedOr(addOwn, 'forslagsstallare', '')),
    },
    move: {
      problem: summaryOf(problemFor('flytta')),
      // A meeting moved after its kallelse went out needs the kallelse again, with the new time.
      kallelseIssued: issued,
      fields: {
        datum: moveField('datum', stockholmDate(view.startsAt)),
        start: moveField('start', stockholmTime(view.startsAt)),
        slut: moveField('slut', stockholmTime(view.endsAt)),
        plats: moveField('plats', view.place ?? ''),
        videolank: moveField('videolank', view.videoLink ?? ''),
      },
    },
    cancel: {
      problem: summaryOf(problemFor('installa')),
      open: problemFor('installa') !== null,
      fields: { motivering: cancelField('motivering', '') },
    },
    kallelse: {
      problem: summaryOf(kallelseOwn),
      error: kallelseOwn?.fields['mottagare'] ?? null,
      issued: view.kallelser.map((kallelse) => ({
        at: stockholmDateTime(kallelse.at),
        recipients: kallelse.recipients.map(({ name }) => name).join(', '),
      })),
      recipients: members.map(({ person, party, role }, index) => ({
        id: `mottagare-${index}`,
        personId: person.personId,
        label: `${person.name} (${role}, ${partyLabel(party)})`,
        checked: chosen ? chosen.has(person.personId) : true,
      })),
      links: issued
        ? {
            html: documentHref(view.meetingId, 'kallelse', 'html'),
            pdf: documentHref(view.meetingId, 'kallelse', 'pdf'),
            ics: documentHref(view.meetingId, 'kallelse', 'ics'),
          }
        : null,
      again: issued,
    },
  };
}

/** Where an item stands whose kind no section of the form takes (shown last, only when there is one). */
const OUTSIDE_THE_FORM = '';

/** The form's sections; a form without any (the legacy one) shows the agenda as one list. */
function sectionsOf(form: ProtocolForm) {
  if (form.sections.length === 0) return [{ sectionId: OUTSIDE_THE_FORM, heading: 'Ärenden' }];
  return [...form.sections, { sectionId: OUTSIDE_THE_FORM, heading: 'Övriga punkter' }];
}
