/**
 * The agenda and the recorded texts of seed 002 (the FSG/VSG of a Socialförvaltning on 25 February
 * 2019), with people's names in the text replaced and long items shortened; å ä ö and – kept.
 * Paragraphs within a text are separated by a blank line ("\n\n"), as the documents print them.
 */
import { EMPLOYER, KOMMUNAL, type SeedMemberKey, type SeedParty, SSR } from './seed-002-people.js';

export interface SeedAgendaItem {
  itemId: string;
  title: string;
  kind: 'information' | 'dialog' | 'beslut';
  proposer: SeedParty;
  estimatedMinutes?: number;
}

/** The agenda as set before the meeting, in order: § 4 to § 12 (§ 1–3 are the standing items). */
export const SEED_002_AGENDA: readonly SeedAgendaItem[] = [
  { itemId: 'i-foregaende', title: 'Föregående mötesanteckningar', kind: 'information', proposer: EMPLOYER },
  {
    itemId: 'i-nämnd',
    title: 'Föredragningslistan Socialnämnden februari',
    kind: 'information',
    proposer: EMPLOYER,
  },
  {
    itemId: 'i-arbetsmiljo',
    title: 'Nytt inom arbetsmiljö',
    kind: 'information',
    proposer: EMPLOYER,
    estimatedMinutes: 20,
  },
  {
    itemId: 'i-rekrytering',
    title: 'Uppdatering chefsrekryteringar',
    kind: 'information',
    proposer: EMPLOYER,
  },
  {
    itemId: 'i-avslut',
    title: 'Uppföljning av avslutningssamtalen',
    kind: 'dialog',
    proposer: EMPLOYER,
    estimatedMinutes: 20,
  },
  { itemId: 'i-arbetsskador', title: 'Arbetsskador och tillbud', kind: 'dialog', proposer: EMPLOYER },
  {
    itemId: 'i-attraktiv',
    title: 'Plan för attraktiv arbetsgivare',
    kind: 'dialog',
    proposer: EMPLOYER,
    estimatedMinutes: 30,
  },
  {
    itemId: 'i-tematraff',
    title: 'Fackliga parter återkopplar kring förra tematräffen',
    kind: 'dialog',
    proposer: KOMMUNAL,
  },
  {
    itemId: 'i-webbenkat',
    title: 'Webbenkät årlig uppföljning – samverkan',
    kind: 'beslut',
    proposer: EMPLOYER,
  },
];

/**
 * What was recorded on each item, in the order it was recorded. `kind` names the record as the API
 * path and the meeting's records do (`…/items/{id}/information`, `records.information`).
 */
export type SeedRecord =
  | { kind: 'information'; itemId: string; text: string }
  | { kind: 'dialog'; itemId: string; text: string; views?: { party: SeedParty; text: string }[] }
  | { kind: 'decision'; itemId: string; outcome: 'enighet'; text: string };

export const SEED_002_RECORDS: readonly SeedRecord[] = [
  { kind: 'information', itemId: 'i-foregaende', text: 'Inget att anmärka.' },
  { kind: 'information', itemId: 'i-nämnd', text: 'Vi går igenom föredragningslistan.' },
  {
    kind: 'information',
    itemId: 'i-arbetsmiljo',
    text: [
      'Efter resultatet från medarbetarundersökningen 2018 har förvaltningen arbetat vidare med frågor om kränkande särbehandling. ' +
        'Resultatet visade att flera medarbetare vet vart och hur man ska gå tillväga om medarbetaren upplever en kränkande särbehandling.',
      'Den 14 februari genomfördes ett ledarforum där Feelgood föreläste om vad APT är samt hur chefen ska styra och leda för att nyttja APT.',
      'Den 22 februari anordnades en erfarenhetsträff med Feelgood där fokus var att arbeta mer konkret med APT. Detta var uppskattat bland cheferna.',
    ].join('\n\n'),
  },
  {
    kind: 'information',
    itemId: 'i-rekrytering',
    text:
      'Vuxen presenterade den 19 februari sitt förslag till sektionschefer inom enheten Stöd och behandling. ' +
      'Mötet avslutades i oenighet med de fackliga representanter som deltog vid tillfället.\n\n' +
      'Barn, unga och familj kommer inom snar framtid utannonsera en tjänst som sektionschef för enheten Utredning och uppföljning Team centrum 3.',
  },
  {
    kind: 'dialog',
    itemId: 'i-avslut',
    text:
      'Totalt genomförde HR-enheten 13 avslutningssamtal 2018, dock är andelen som avslutat sin anställning under denna period betydligt högre. ' +
      'Förvaltningen har påbörjat att använda digitala avslutningsenkäter. Samtliga deltagande parter anser att det är positivt.',
    views: [
      {
        party: SSR,
        text: 'Akademikerförbundet SSR undrar hur arbetsgivaren ställer sig till svårigheterna att skapa ett stort urval vid rekryteringar av mellanchefer.',
      },
      {
        party: EMPLOYER,
        text: 'Arbetsgivaren är välmedveten om problematiken, dock är det inget unikt för Exempelstad.',
      },
      {
        party: SSR,
        text: 'Akademikerförbundet SSR lyfter fram att arbeta med en tydligare chefsplan kan vara ett tillvägagångssätt.',
      },
    ],
  },
  {
    kind: 'dialog',
    itemId: 'i-arbetsskador',
    text:
      'Bland de tillbud och arbetsskador som redovisades januari 2019 är majoriteten kopplade till hot och våld. ' +
      'Termautbildningar, men även HLR-utbildningar, ska ske under våren.',
  },
  {
    kind: 'dialog',
    itemId: 'i-attraktiv',
    text:
      'Socialförvaltningens plan för attraktiv arbetsgivare grundar sig på stadens plan. Planen bryts ner i fem punkter; ' +
      'Kompetensförsörjning och ständig utveckling, ansvar och samspel, uppmärksamma och premiera, lika och olika samt delaktighet och hälsa.',
  },
  {
    kind: 'decision',
    itemId: 'i-webbenkat',
    outcome: 'enighet',
    text: [
      'Webbenkäten för samverkan genomfördes och dessa punkter tar samverkansgruppen vidare:',
      'I framtiden dokumenteras uppföljningsdatum av insatser som bestäms under dialog i FSG/VSG. ' +
        'Detta dokumenteras i mötets anteckningar och skrivs in i den kallelse när punkten åter ska diskuteras.',
      'Samverkansgruppen ska vara medvetna om att akuta händelser och situationer påverkar den långsiktiga planen för arbetsmiljö- och hälsoarbetet.',
      'Då samverkansgruppen består av ett flertal nya medlemmar kan en kunskapsuppdatering av de vanligaste förekommande föreskrifterna behövas.',
    ].join('\n\n'),
  },
];

/** Kommunal raised the item and is absent, so it is deferred to the next meeting. */
export const SEED_002_DEFERRAL = {
  itemId: 'i-tematraff',
  reason: 'Punkten flyttas till nästa FSG/VSG då Kommunal inte deltar vid detta möte.',
} as const;

/**
 * Follow-up dates set on the dialog items (recorded right after the item's text): the first two
 * are due by the next meeting on 25 March, the third is not.
 */
export const SEED_002_FOLLOW_UPS = [
  {
    itemId: 'i-avslut',
    action:
      'Redovisa resultatet av testet med digitala avslutningsenkäter tillsammans med Arbetsmarknadsförvaltningen',
    responsible: 'secretary',
    dueDate: '2019-03-25',
  },
  {
    itemId: 'i-arbetsskador',
    action:
      'Återrapportera genomförda termutbildningar och HLR-utbildningar samt tillbud och arbetsskador i februari',
    responsible: 'viceChair',
    dueDate: '2019-03-18',
  },
  {
    itemId: 'i-attraktiv',
    action: 'Presentera arbetsgruppens förslag till treårsplan för kompetensförsörjning',
    responsible: 'chair',
    dueDate: '2019-05-27',
  },
] as const satisfies readonly {
  itemId: string;
  action: string;
  responsible: SeedMemberKey;
  dueDate: string;
}[];
