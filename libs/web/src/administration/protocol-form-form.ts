import { DomainError } from '#libs/ddd';
import { GROUP_ERROR } from '#libs/groups';
import {
  AGENDA_ITEM_KINDS,
  type AgendaItemKind,
  PROCEDURAL_PARAGRAPH_KINDS,
  type ProceduralParagraph,
  type ProceduralParagraphKind,
  type ProtocolForm,
  type ProtocolFormSection,
  VALIDATION_ERROR,
} from '#libs/shared-kernel';
import { type FormFields, listOf, textOf } from '../prepare-meeting/page-form.js';
import { KIND_LABELS } from '../prepare-meeting/labels.js';
import { slug } from '../run-meeting/view-model.js';
import type { Refusal } from './admin-form.js';
import { problem } from '../prepare-meeting/swedish-errors.js';
import type { FormProblem } from '../prepare-meeting/page-form.js';

/**
 * The group's protocol form as one plain form (no JavaScript): every paragraph and section a row
 * with its wording, its place ("Ordning", a number: rows are saved in that order) and "Ta bort";
 * one empty row of each kind adds one. Posted as `<part>-<row>-<field>`, with `<part>-antal` rows.
 */
export const FORM = 'protokollsmall';

const PARAGRAPH_LABELS: Record<ProceduralParagraphKind, string> = {
  öppnande: 'Mötets öppnande',
  justerare: 'Val av justerare',
  dagordning: 'Fastställande av dagordning',
  'föregående protokoll': 'Föregående protokoll',
  avslutande: 'Mötets avslutande',
};

type ParagraphPart = 'oppning' | 'avslutning';

/** The rows the page shows: what is saved (or, on a refusal, what was posted) and one empty row. */
export function protocolFormRows(form: ProtocolForm, refusal: Refusal | null) {
  const posted = refusal?.problem.form === FORM ? refusal.posted : null;
  const paragraphs = (part: ParagraphPart, saved: readonly ProceduralParagraph[]) => {
    const count = posted ? rowCount(posted, part) : saved.length + 1;
    return Array.from({ length: count }, (_, row) => {
      const value = (field: string, initial: string) =>
        posted ? textOf(posted, `${part}-${row}-${field}`) : initial;
      const kind = value('typ', saved[row]?.kind ?? (part === 'oppning' ? 'öppnande' : 'avslutande'));
      return {
        key: `${part}-${row}`,
        label: saved[row] || posted ? `Paragraf ${row + 1}` : 'Ny paragraf',
        title: value('titel', saved[row]?.title ?? ''),
        order: value('ordning', String(row + 1)),
        removable: row < saved.length || posted !== null,
        saved: posted ? textOf(posted, `${part}-${row}-sparad`) === 'ja' : row < saved.length,
        removed: posted ? textOf(posted, `${part}-${row}-bort`) === 'ja' : false,
        kinds: PROCEDURAL_PARAGRAPH_KINDS.map((option) => ({
          value: option,
          label: PARAGRAPH_LABELS[option],
          selected: option === kind,
        })),
      };
    });
  };
  const sectionCount = posted ? rowCount(posted, 'avsnitt') : form.sections.length + 1;
  const sections = Array.from({ length: sectionCount }, (_, row) => {
    const saved = form.sections[row];
    const key = `avsnitt-${row}`;
    const kinds = new Set(posted ? listOf(posted, `${key}-typer`) : (saved?.kinds ?? []));
    return {
      key,
      label: saved || posted ? `Avsnitt ${row + 1}` : 'Nytt avsnitt',
      sectionId: posted ? textOf(posted, `${key}-id`) : (saved?.sectionId ?? ''),
      heading: posted ? textOf(posted, `${key}-rubrik`) : (saved?.heading ?? ''),
      order: posted ? textOf(posted, `${key}-ordning`) : String(row + 1),
      removable: saved !== undefined || posted !== null,
      removed: posted ? textOf(posted, `${key}-bort`) === 'ja' : false,
      kinds: AGENDA_ITEM_KINDS.map((kind, index) => ({
        value: kind,
        label: KIND_LABELS[kind],
        id: `${key}-typer-${index}`,
        checked: kinds.has(kind),
      })),
    };
  });
  return {
    opening: paragraphs('oppning', form.opening),
    sections,
    closing: paragraphs('avslutning', form.closing),
    counts: {
      oppning: String(posted ? rowCount(posted, 'oppning') : form.opening.length + 1),
      avsnitt: String(sectionCount),
      avslutning: String(posted ? rowCount(posted, 'avslutning') : form.closing.length + 1),
    },
  };
}

/**
 * The form as SetProtocolForm takes it: rows ticked "Ta bort" and empty new rows left out, the
 * rest in the order typed (a place that is no number keeps the row where it stood). A new section
 * takes its id from its heading. What the rows say is checked by the command.
 */
export function protocolFormOf(fields: FormFields): ProtocolForm {
  const rows = (part: string) =>
    Array.from({ length: rowCount(fields, part) }, (_, row) => `${part}-${row}`)
      .filter((key) => textOf(fields, `${key}-bort`) !== 'ja')
      .map((key, at) => ({ key, place: placeOf(textOf(fields, `${key}-ordning`), at) }))
      .sort((a, b) => a.place - b.place)
      .map(({ key }) => key);
  const paragraphs = (part: ParagraphPart): ProceduralParagraph[] =>
    rows(part)
      .filter((key) => textOf(fields, `${key}-titel`) !== '' || isSavedRow(fields, key))
      .map((key) => ({
        kind: textOf(fields, `${key}-typ`) as ProceduralParagraphKind,
        title: textOf(fields, `${key}-titel`),
      }));
  const sections: ProtocolFormSection[] = rows('avsnitt')
    .filter((key) => textOf(fields, `${key}-rubrik`) !== '' || textOf(fields, `${key}-id`) !== '')
    .map((key) => ({
      sectionId: textOf(fields, `${key}-id`) || slug(textOf(fields, `${key}-rubrik`)),
      heading: textOf(fields, `${key}-rubrik`),
      kinds: listOf(fields, `${key}-typer`) as AgendaItemKind[],
    }));
  return { opening: paragraphs('oppning'), sections, closing: paragraphs('avslutning') };
}

/** Rows the page showed for a part (at most 50: a form is a page, not a list). */
const rowCount = (fields: FormFields, part: string) => {
  const count = Number(textOf(fields, `${part}-antal`));
  return Number.isInteger(count) && count > 0 ? Math.min(count, 50) : 0;
};

/** A saved paragraph's row says so (`-sparad`): emptied, it is refused rather than dropped. */
const isSavedRow = (fields: FormFields, key: string) => textOf(fields, `${key}-sparad`) === 'ja';

const placeOf = (typed: string, at: number) => (/^\d{1,3}$/.test(typed) ? Number(typed) : at + 1);

/** The protocol form's refusals, said of the whole form (the command names rows by their saved place). */
export function protocolFormProblemOf(error: unknown): FormProblem | undefined {
  if (!(error instanceof DomainError)) return undefined;
  const message = PROBLEMS[error.code];
  if (error.code === VALIDATION_ERROR.TEXT_TOO_LONG)
    return problem(FORM, `En rubrik är för lång: högst ${String(error.details['maxLength'])} tecken.`);
  return message === undefined ? undefined : problem(FORM, message);
}

const PROBLEMS: Record<string, string> = {
  [VALIDATION_ERROR.TEXT_REQUIRED]:
    'Varje paragraf och avsnitt behöver en rubrik. Kryssa i Ta bort för en rad som inte ska vara med.',
  [VALIDATION_ERROR.INVALID_VALUE]: 'Välj paragrafernas typ och avsnittens ärendetyper bland alternativen.',
  [GROUP_ERROR.DUPLICATE_PROCEDURAL_PARAGRAPH]:
    'Samma slags paragraf står två gånger (till exempel två Val av justerare). Ta bort den ena.',
  [GROUP_ERROR.DUPLICATE_SECTION]:
    'Två avsnitt har samma rubrik eller tar samma typ av ärende: varje typ av ärende hör till ett avsnitt.',
};
