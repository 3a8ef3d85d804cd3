import {
  AGENDA_ITEM_KINDS,
  type AgendaItemKind,
  Id,
  Name,
  NestedList,
  OneOf,
  OneOfList,
  PROCEDURAL_PARAGRAPH_KINDS,
  type ProceduralParagraph,
  type ProceduralParagraphKind,
  type ProtocolForm,
  type ProtocolFormSection,
  Text,
} from '#libs/shared-kernel';

export class ProceduralParagraphDto implements ProceduralParagraph {
  @OneOf(PROCEDURAL_PARAGRAPH_KINDS, {
    description: 'What the paragraph does; it decides the sentence the protocol writes under it',
    example: 'dagordning',
  })
  kind!: ProceduralParagraphKind;

  @Text(200, { description: 'The group’s own wording', example: 'Fastställande av dagordning' })
  title!: string;
}

export class ProtocolFormSectionDto implements ProtocolFormSection {
  @Id({ description: 'What agenda items name as their sectionId', example: 'samverkan-fore-beslut' })
  sectionId!: string;

  @Name({ description: 'The heading the documents print', example: 'Samverkan före beslut' })
  heading!: string;

  @OneOfList(AGENDA_ITEM_KINDS, {
    description:
      'The item kinds placed here when an item names no section (each kind in one section at most)',
    example: ['beslut', 'förhandling'],
    optional: true,
  })
  kinds!: AgendaItemKind[];
}

/** The whole form; it replaces the one the group follows. */
export class ProtocolFormDto implements ProtocolForm {
  @NestedList(() => ProceduralParagraphDto, 10, {
    description: 'Procedural paragraphs before the sections, in order (§1, §2, …)',
  })
  opening!: ProceduralParagraphDto[];

  @NestedList(() => ProtocolFormSectionDto, 20, { description: 'The sections the agenda is grouped in' })
  sections!: ProtocolFormSectionDto[];

  @NestedList(() => ProceduralParagraphDto, 5, {
    description: 'Procedural paragraphs after every item, övriga frågor included ("Mötets avslutande")',
  })
  closing!: ProceduralParagraphDto[];
}
