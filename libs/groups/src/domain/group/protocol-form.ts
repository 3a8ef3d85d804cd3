import {
  AGENDA_ITEM_KINDS,
  defaultProtocolForm,
  PROCEDURAL_PARAGRAPH_KINDS,
  requireName,
  requireOneOf,
  requireText,
  requireTitle,
  type ProceduralParagraph,
  type ProtocolForm,
  type ProtocolFormSection,
} from '#domain/shared-kernel';
import { groupError } from './errors.js';
import type { GroupState } from './state.js';

/** The form the group's protocols follow: its own once set, else the default of its level. */
export const protocolFormOf = (state: Pick<GroupState, 'levels' | 'protocolForm'>): ProtocolForm =>
  state.protocolForm ?? defaultProtocolForm(state.levels);

/**
 * Checks a protocol form: each procedural paragraph at most once (a protocol opens once, appoints its
 * justerare once), section ids unique and each item kind taken by at most one section, so where an
 * item stands never depends on the order sections are looked at.
 */
export function requireProtocolForm(form: ProtocolForm): ProtocolForm {
  const opening = (form.opening ?? []).map((paragraph, index) =>
    requireProcedural(paragraph, `opening[${index}]`),
  );
  const closing = (form.closing ?? []).map((paragraph, index) =>
    requireProcedural(paragraph, `closing[${index}]`),
  );
  const kinds = [...opening, ...closing].map(({ kind }) => kind);
  const twice = kinds.find((kind, index) => kinds.indexOf(kind) !== index);
  if (twice) throw groupError.duplicateProceduralParagraph(twice);
  const sections = (form.sections ?? []).map((section, index) =>
    requireSection(section, `sections[${index}]`),
  );
  const ids = sections.map(({ sectionId }) => sectionId);
  const idTwice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (idTwice) throw groupError.duplicateSection(idTwice, 'the section id is used twice');
  const taken = sections.flatMap((section) => section.kinds);
  const kindTwice = taken.find((kind, index) => taken.indexOf(kind) !== index);
  if (kindTwice) throw groupError.duplicateSection(kindTwice, 'two sections take the same item kind');
  return { opening, sections, closing };
}

function requireProcedural(paragraph: ProceduralParagraph, field: string): ProceduralParagraph {
  return {
    kind: requireOneOf(paragraph?.kind, PROCEDURAL_PARAGRAPH_KINDS, `${field}.kind`),
    title: requireTitle(paragraph?.title, `${field}.title`),
  };
}

function requireSection(section: ProtocolFormSection, field: string): ProtocolFormSection {
  const kinds = (section?.kinds ?? []).map((kind, index) =>
    requireOneOf(kind, AGENDA_ITEM_KINDS, `${field}.kinds[${index}]`),
  );
  return {
    sectionId: requireText(section?.sectionId, `${field}.sectionId`, 100),
    heading: requireName(section?.heading, `${field}.heading`),
    kinds: [...new Set(kinds)],
  };
}
