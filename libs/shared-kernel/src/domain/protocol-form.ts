/**
 * The group's protocol form: which procedural paragraphs the protocol has (their order and wording),
 * and the sections its agenda is grouped in ("Samverkan före beslut", "Tidig och fördjupad dialog").
 * The groups context keeps it as a setting on the group; the meetings context numbers a meeting's §§
 * by it and records it when the meeting closes; the documents print it.
 */

/** What an agenda item is; a form's section names the kinds it takes by default. */
export const AGENDA_ITEM_KINDS = [
  'information',
  'dialog',
  'beslut',
  'förhandling',
  'stående punkt',
  'återrapportering',
  'övrig fråga',
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/**
 * What a procedural paragraph does, which decides the sentence the protocol writes under it
 * ("Dagordningen fastställs."); the title is the group's own wording.
 */
export const PROCEDURAL_PARAGRAPH_KINDS = [
  'öppnande',
  'justerare',
  'dagordning',
  'föregående protokoll',
  'avslutande',
] as const;
export type ProceduralParagraphKind = (typeof PROCEDURAL_PARAGRAPH_KINDS)[number];

export interface ProceduralParagraph {
  kind: ProceduralParagraphKind;
  /** "Mötets öppnande", "Val av två justerare", "Anmälan av föregående protokoll". */
  title: string;
}

export interface ProtocolFormSection {
  /** What agenda items name: "samverkan-fore-beslut". */
  sectionId: string;
  /** What the documents print: "Samverkan före beslut". */
  heading: string;
  /** The item kinds placed here when an item names no section. */
  kinds: AgendaItemKind[];
}

export interface ProtocolForm {
  /** Before the agenda's sections, in order: §1, §2, … */
  opening: ProceduralParagraph[];
  sections: ProtocolFormSection[];
  /** After every item, övriga frågor included: "Mötets avslutande". */
  closing: ProceduralParagraph[];
}

const paragraph = (kind: ProceduralParagraphKind, title: string): ProceduralParagraph => ({ kind, title });
const sectionOf = (sectionId: string, heading: string, kinds: AgendaItemKind[]): ProtocolFormSection => ({
  sectionId,
  heading,
  kinds,
});

/**
 * The form every meeting closed before groups had one was printed in: three procedural paragraphs
 * and no sections (headings follow the item kinds in agenda order). Old protocols keep it.
 */
export const LEGACY_PROTOCOL_FORM: ProtocolForm = {
  opening: [
    paragraph('öppnande', 'Mötets öppnande'),
    paragraph('justerare', 'Val av justerare'),
    paragraph('dagordning', 'Fastställande av dagordning'),
  ],
  sections: [],
  closing: [],
};

/**
 * FSG, VSG and LSG as seed 002: Information, Dialog, Beslut. Returning follow-ups are discussed
 * again ("skrivs in i den kallelse när punkten åter ska diskuteras"), so they go under Dialog.
 */
const FORVALTNING_FORM: ProtocolForm = {
  opening: LEGACY_PROTOCOL_FORM.opening,
  sections: [
    sectionOf('information', 'Information', ['information', 'stående punkt']),
    sectionOf('dialog', 'Dialog', ['dialog', 'återrapportering']),
    sectionOf('beslut', 'Beslut', ['beslut', 'förhandling']),
  ],
  closing: [],
};

/** The central group in the agreement's own words, with the formal opening and closing paragraphs. */
const CENTRAL_FORM: ProtocolForm = {
  opening: [
    paragraph('öppnande', 'Mötets öppnande'),
    paragraph('dagordning', 'Fastställande av dagordning'),
    paragraph('justerare', 'Val av justerare'),
    paragraph('föregående protokoll', 'Anmälan av föregående protokoll'),
  ],
  sections: [
    sectionOf('samverkan-fore-beslut', 'Samverkan före beslut', ['beslut', 'förhandling']),
    sectionOf('tidig-dialog', 'Tidig och fördjupad dialog', ['dialog', 'återrapportering']),
    sectionOf('information', 'Information', ['information', 'stående punkt']),
    sectionOf('ovriga-fragor', 'Övriga frågor', ['övrig fråga']),
  ],
  closing: [paragraph('avslutande', 'Mötets avslutande')],
};

/** The workplace meeting: no justerare, the notes of the last APT, and a plain structure. */
const WORKPLACE_FORM: ProtocolForm = {
  opening: [
    paragraph('öppnande', 'Mötets öppnande'),
    paragraph('dagordning', 'Fastställande av dagordning'),
    paragraph('föregående protokoll', 'Föregående minnesanteckningar'),
  ],
  sections: [
    sectionOf('information', 'Information', ['information', 'stående punkt', 'återrapportering']),
    sectionOf('dialog', 'Dialog', ['dialog', 'beslut', 'förhandling']),
    sectionOf('ovriga-fragor', 'Övriga frågor', ['övrig fråga']),
  ],
  closing: [paragraph('avslutande', 'Mötets avslutande')],
};

const DEFAULT_FORMS: Record<string, ProtocolForm> = {
  CSG: CENTRAL_FORM,
  FSG: FORVALTNING_FORM,
  VSG: FORVALTNING_FORM,
  LSG: FORVALTNING_FORM,
  APT: WORKPLACE_FORM,
};

/** The form of a group that has not set its own: by its first (highest) level, "FSG/VSG" as FSG. */
export function defaultProtocolForm(levels: readonly string[]): ProtocolForm {
  return DEFAULT_FORMS[levels[0] ?? ''] ?? FORVALTNING_FORM;
}
