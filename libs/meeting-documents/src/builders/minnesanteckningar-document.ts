import type { MinnesanteckningarDocument, MinnesanteckningarSection } from '#libs/documents';
import { justeradFor, layOutProtocol, recordsOf, substitutions } from '#libs/meetings';
import type { AgendaItem, MeetingState, NumberedItem } from '#libs/meetings';
import { definedOnly, type Federation, type Party } from '#libs/shared-kernel';
import {
  currentRevision,
  documentForm,
  type GroupContext,
  heldMeetingHeader,
  swedishList,
} from './document-context.js';
import {
  itemContent,
  MINNESANTECKNINGAR_SECTION_ORDER,
  MINNESANTECKNINGAR_SECTIONS,
  outcomeOf,
  PROTOCOL_HEADINGS,
} from './item-content.js';

/**
 * The minnesanteckningar, laid out as seed 002: the chair line, the items under Information, Dialog
 * and Beslut in agenda order with their full texts, the closing and the justering sentence. They are
 * a bilaga to the protocol and follow its revisions.
 */
export function buildMinnesanteckningarDocument(
  state: MeetingState,
  group: GroupContext,
): MinnesanteckningarDocument {
  const replaced = substitutions(state);
  const chairEntry = state.attendance.find((entry) => entry.role === 'ordförande');
  const chairSubstitution = replaced.find(({ absent }) => absent.role === 'ordförande');
  return definedOnly({
    kind: 'minnesanteckningar' as const,
    header: heldMeetingHeader(state, group),
    revision: currentRevision(state),
    chair: chairSubstitution
      ? { absent: chairSubstitution.absent.person.name, substitute: chairSubstitution.substitute.person.name }
      : definedOnly({ name: chairEntry?.presence === 'present' ? chairEntry.person.name : undefined }),
    substitutions: replaced
      .filter((pair) => pair !== chairSubstitution)
      .map(({ absent, substitute }) => ({ absent: absent.person.name, substitute: substitute.person.name })),
    sections: sectionsOf(state, group),
    closing: state.status === 'closed' ? 'Ordförande avslutar mötet.' : '',
    justeringSentence: justeringSentence(
      state.justerare,
      state.rules.formalParties ? 'protokollet' : 'minnesanteckningarna',
    ),
    omittedItems: 0,
  });
}

/**
 * The notes follow the group's protocol form: its sections in order, with the items each takes (a
 * section with nothing in it is left out, as on paper). Meetings laid out before groups had a form
 * keep seed 002's three sections (and övriga frågor at the end).
 */
function sectionsOf(state: MeetingState, group: GroupContext): MinnesanteckningarSection[] {
  const form = documentForm(state, group);
  if (form.sections.length === 0) return legacySectionsOf(state);
  return layOutProtocol(state.agenda, form).sections.flatMap((section) => {
    const heading = 'formSection' in section ? section.formSection.heading : PROTOCOL_HEADINGS[section.kind];
    const items = section.items.map((numbered) => notesItem(state, numbered));
    return items.length > 0 ? [{ heading, items }] : [];
  });
}

function legacySectionsOf(state: MeetingState): MinnesanteckningarSection[] {
  return MINNESANTECKNINGAR_SECTION_ORDER.flatMap((heading) => {
    const items = state.agenda
      .filter((item) => MINNESANTECKNINGAR_SECTIONS[item.kind] === heading)
      .map((item) =>
        notesItem(state, { itemId: item.itemId, paragraph: state.paragraphs[item.itemId] ?? 0 }),
      );
    return items.length > 0 ? [{ heading, items }] : [];
  });
}

function notesItem(state: MeetingState, { itemId, subItem }: NumberedItem) {
  const item = state.agenda.find((candidate) => candidate.itemId === itemId) as AgendaItem;
  const records = recordsOf(state, itemId);
  const { formalParties } = state.rules;
  // The notes carry the texts, not the protocol's formulae ("Informationen noteras."): as in
  // seed 002. Only a decision says how samverkan ended.
  return definedOnly({
    itemId,
    paragraph: state.paragraphs[itemId],
    subItem,
    title: item.title,
    ...itemContent(records, { item, formalParties }),
    outcome: records.decision ? outcomeOf(records, formalParties) : undefined,
  });
}

/**
 * "Cecilia Cederström justerar protokollet för Akademikerförbundet SSR och Jessica Granqvist för
 * arbetsgivaren.": the unions' justerare first, the employer's last, as seed 002 writes it.
 */
export function justeringSentence(
  justerare: readonly { person: { name: string }; party: Party; federation?: Federation }[],
  /** An APT justerar its notes: it has no protocol of its own. */
  what: 'protokollet' | 'minnesanteckningarna' = 'protokollet',
): string | undefined {
  if (justerare.length === 0) return undefined;
  const ordered = [
    ...justerare.filter(({ party }) => party.side === 'union'),
    ...justerare.filter(({ party }) => party.side === 'employer'),
  ];
  // "för TCO" where the justerare justerar for their federation.
  const parts = ordered.map((appointed, index) =>
    index === 0
      ? `${appointed.person.name} justerar ${what} för ${justeradFor(appointed)}`
      : `${appointed.person.name} för ${justeradFor(appointed)}`,
  );
  return `${swedishList(parts)}.`;
}
