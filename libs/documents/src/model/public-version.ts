import type { Audience } from './common.js';
import type { KallelseDocument } from './kallelse.js';
import type { MinnesanteckningarDocument } from './minnesanteckningar.js';
import type { ProtocolDocument, ProtocolParagraph } from './protocol.js';
import type { MeetingDocument } from './meeting-document.js';

/**
 * The version of a document a reader may see. Members get it whole. Everyone else gets the public
 * version: a confidential item keeps its place (and § number, so the numbering has no gaps) but loses
 * its title, text, statements and follow-ups, and the document counts what it left out so the
 * rendering can say so.
 */
export function forAudience<D extends MeetingDocument>(document: D, audience: Audience): D {
  if (audience === 'members') return document;
  switch (document.kind) {
    case 'protokoll':
      return publicProtocol(document) as D;
    case 'minnesanteckningar':
      return publicMinnesanteckningar(document) as D;
    case 'kallelse':
      return publicKallelse(document) as D;
    case 'protokollsutdrag':
      return {
        ...document,
        paragraph: omitParagraph(document.paragraph),
        ...(document.subItems ? { subItems: document.subItems.map(omitParagraph) } : {}),
      } as D;
  }
}

const isConfidential = (item: { confidential?: unknown }): boolean => item.confidential !== undefined;

function omitParagraph(paragraph: ProtocolParagraph): ProtocolParagraph {
  if (!isConfidential(paragraph)) return paragraph;
  return definedOnlyKeys({
    paragraph: paragraph.paragraph,
    subItem: paragraph.subItem,
    itemId: paragraph.itemId,
    title: '',
    kind: paragraph.kind,
    statements: [],
    followUps: [],
    protokollsanteckningar: [],
    confidential: { omitted: true },
  });
}

/** Leaves out the keys whose value is undefined, so a public paragraph has no `subItem: undefined`. */
function definedOnlyKeys<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

function publicProtocol(document: ProtocolDocument): ProtocolDocument {
  const sections = document.sections.map((section) => ({
    ...section,
    paragraphs: section.paragraphs.map(omitParagraph),
  }));
  const omitted = document.sections.flatMap((section) => section.paragraphs).filter(isConfidential);
  return { ...document, sections, omittedItems: omitted.length };
}

function publicMinnesanteckningar(document: MinnesanteckningarDocument): MinnesanteckningarDocument {
  const sections = document.sections.map((section) => ({
    ...section,
    items: section.items.map((item) =>
      isConfidential(item)
        ? definedOnlyKeys({
            itemId: item.itemId,
            paragraph: item.paragraph,
            subItem: item.subItem,
            title: '',
            statements: [],
            followUps: [],
            protokollsanteckningar: [],
            confidential: { omitted: true },
          })
        : item,
    ),
  }));
  const omitted = document.sections.flatMap((section) => section.items).filter(isConfidential);
  return { ...document, sections, omittedItems: omitted.length };
}

function publicKallelse(document: KallelseDocument): KallelseDocument {
  const items = document.items.map((item) =>
    isConfidential(item)
      ? definedOnlyKeys({
          number: item.number,
          subItem: item.subItem,
          section: item.section,
          title: '',
          kind: item.kind,
          confidential: { omitted: true },
          ...(item.withdrawn ? { withdrawn: true } : {}),
        })
      : item,
  );
  return { ...document, items, omittedItems: document.items.filter(isConfidential).length };
}
