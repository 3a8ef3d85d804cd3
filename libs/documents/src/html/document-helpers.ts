import { followUpSentence } from '../format/follow-up-sentence.js';
import type Handlebars from 'handlebars';
import type { AttendanceGroup, DocumentParty } from '../model/index.js';
import { cssStringLiteral, isWebLink, textToParagraphsHtml } from './safe-markup.js';
import { stockholmDateTime, stockholmTime, swedishLongDate, tableDate } from '../format/swedish-dates.js';
import {
  deferralSentence,
  justeringEntryLabel,
  justeringStatusLabel,
  kindLabel,
  omittedItemsNotice,
  partyName,
  returningLabel,
  revisionLabel,
} from '../format/labels.js';

type HandlebarsEnvironment = typeof Handlebars;

/**
 * Every helper the templates may call, registered on the renderer's own Handlebars environment.
 * Text helpers return plain strings, which Handlebars escapes; only `textParagraphs` and `cssString`
 * return markup, and they escape everything themselves (see safe-markup.ts).
 */
export function registerDocumentHelpers(handlebars: HandlebarsEnvironment): void {
  const helpers: Record<string, Handlebars.HelperDelegate> = {
    longDate: unary('longDate', swedishLongDate),
    tableDate: unary('tableDate', tableDate),
    followUpSentence: unary('followUpSentence', followUpSentence),
    time: unary('time', stockholmTime),
    dateTime: unary('dateTime', stockholmDateTime),
    partyName: unary('partyName', (party: DocumentParty) => partyName(party)),
    kindLabel: unary('kindLabel', kindLabel),
    revisionLabel: unary('revisionLabel', revisionLabel),
    justeringStatus: unary('justeringStatus', justeringStatusLabel),
    justeringEntry: unary('justeringEntry', justeringEntryLabel),
    returningLabel: unary('returningLabel', returningLabel),
    deferralSentence: unary('deferralSentence', deferralSentence),
    omittedNotice: unary('omittedNotice', omittedItemsNotice),
    isWebLink: unary('isWebLink', isWebLink),
    textParagraphs: unary(
      'textParagraphs',
      (text: string) => new handlebars.SafeString(textToParagraphsHtml(text)),
    ),
    cssString: unary('cssString', (text: string) => new handlebars.SafeString(cssStringLiteral(text))),
    /** true for an item the public version left out (strict mode cannot test `confidential.omitted`). */
    isOmitted: unary('isOmitted', (item: { confidential?: { omitted?: boolean } }) => {
      return item.confidential?.omitted === true;
    }),
    /** The employer's or the unions' groups of a närvarolista. */
    ofSide: (groups: AttendanceGroup[], side: DocumentParty['side']) =>
      groups.filter((group) => group.party.side === side),
    eq: (left: unknown, right: unknown) => left === right,
    /** "15 min", for the agenda table. */
    minutes: unary('minutes', (minutes: number) => `${minutes} min`),
  };
  for (const [name, helper] of Object.entries(helpers)) handlebars.registerHelper(name, helper);
}

/**
 * A one-argument helper. Handlebars passes a missing field as `undefined` rather than failing, even
 * in strict mode, so a misspelt path in a template would print "undefined": fail loudly instead.
 */
function unary<T, R>(name: string, format: (value: T) => R): Handlebars.HelperDelegate {
  return (...args: unknown[]) => {
    const values = args.slice(0, -1);
    if (values.length !== 1 || values[0] === undefined || values[0] === null) {
      throw new Error(`Template helper "${name}" needs exactly one value, got ${JSON.stringify(values)}`);
    }
    return format(values[0] as T);
  };
}
