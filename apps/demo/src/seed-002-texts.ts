/**
 * Agenda and texts of seed 002, the FSG/VSG of a Socialförvaltning on 25 February 2019 (people's
 * names in the text replaced, long items shortened). Used by the demo loader (`npm run demo`), the
 * domain scenario spec and the API test of the same meeting. It lives here, not beside the domain,
 * because the demo is built into dist/ and test-only files are not.
 * Type imports only: the domain spec that imports this must not load the whole library.
 */
import type { AgendaItem, MeetingCommand, Party } from '#libs/meetings';

export const TEMATRAFF_REASON = 'Punkten flyttas till nästa FSG/VSG då Kommunal inte deltar vid detta möte.';

export const seedAgenda = (employer: Party, kommunal: Party): AgendaItem[] => [
  { itemId: 'i-foregaende', title: 'Föregående mötesanteckningar', kind: 'information', proposer: employer },
  {
    itemId: 'i-nämnd',
    title: 'Föredragningslistan Socialnämnden februari',
    kind: 'information',
    proposer: employer,
  },
  {
    itemId: 'i-arbetsmiljo',
    title: 'Nytt inom arbetsmiljö',
    kind: 'information',
    proposer: employer,
    estimatedMinutes: 20,
  },
  {
    itemId: 'i-rekrytering',
    title: 'Uppdatering chefsrekryteringar',
    kind: 'information',
    proposer: employer,
  },
  {
    itemId: 'i-avslut',
    title: 'Uppföljning av avslutningssamtalen',
    kind: 'dialog',
    proposer: employer,
    estimatedMinutes: 20,
  },
  { itemId: 'i-arbetsskador', title: 'Arbetsskador och tillbud', kind: 'dialog', proposer: employer },
  {
    itemId: 'i-attraktiv',
    title: 'Plan för attraktiv arbetsgivare',
    kind: 'dialog',
    proposer: employer,
    estimatedMinutes: 30,
  },
  {
    itemId: 'i-tematraff',
    title: 'Fackliga parter återkopplar kring förra tematräffen',
    kind: 'dialog',
    proposer: kommunal,
  },
  {
    itemId: 'i-webbenkat',
    title: 'Webbenkät årlig uppföljning – samverkan',
    kind: 'beslut',
    proposer: employer,
  },
];

type Recording = Extract<MeetingCommand, { type: 'RecordInformation' | 'RecordDialog' | 'RecordDecision' }>;
/** A recording command without meetingId and `at`, which the scenario adds. */
type WithoutMeeting<T> = T extends Recording
  ? { type: T['type']; data: Omit<T['data'], 'meetingId' | 'at'> }
  : never;

export const seedRecordings = (employer: Party, ssr: Party): WithoutMeeting<Recording>[] => [
  { type: 'RecordInformation', data: { itemId: 'i-foregaende', text: 'Inget att anmärka.' } },
  { type: 'RecordInformation', data: { itemId: 'i-nämnd', text: 'Vi går igenom föredragningslistan.' } },
  {
    type: 'RecordInformation',
    data: {
      itemId: 'i-arbetsmiljo',
      text: [
        'Efter resultatet från medarbetarundersökningen 2018 har förvaltningen arbetat vidare med frågor om kränkande särbehandling. ' +
          'Resultatet visade att flera medarbetare vet vart och hur man ska gå tillväga om medarbetaren upplever en kränkande särbehandling.',
        'Den 14 februari genomfördes ett ledarforum där Feelgood föreläste om vad APT är samt hur chefen ska styra och leda för att nyttja APT.',
        'Den 22 februari anordnades en erfarenhetsträff med Feelgood där fokus var att arbeta mer konkret med APT. Detta var uppskattat bland cheferna.',
      ].join('\n\n'),
    },
  },
  {
    type: 'RecordInformation',
    data: {
      itemId: 'i-rekrytering',
      text:
        'Vuxen presenterade den 19 februari sitt förslag till sektionschefer inom enheten Stöd och behandling. ' +
        'Mötet avslutades i oenighet med de fackliga representanter som deltog vid tillfället.\n\n' +
        'Barn, unga och familj kommer inom snar framtid utannonsera en tjänst som sektionschef för enheten Utredning och uppföljning Team centrum 3.',
    },
  },
  {
    type: 'RecordDialog',
    data: {
      itemId: 'i-avslut',
      text:
        'Totalt genomförde HR-enheten 13 avslutningssamtal 2018, dock är andelen som avslutat sin anställning under denna period betydligt högre. ' +
        'Förvaltningen har påbörjat att använda digitala avslutningsenkäter. Samtliga deltagande parter anser att det är positivt.',
      views: [
        {
          party: ssr,
          text: 'Akademikerförbundet SSR undrar hur arbetsgivaren ställer sig till svårigheterna att skapa ett stort urval vid rekryteringar av mellanchefer.',
        },
        {
          party: employer,
          text: 'Arbetsgivaren är välmedveten om problematiken, dock är det inget unikt för Exempelstad.',
        },
        {
          party: ssr,
          text: 'Akademikerförbundet SSR lyfter fram att arbeta med en tydligare chefsplan kan vara ett tillvägagångssätt.',
        },
      ],
    },
  },
  {
    type: 'RecordDialog',
    data: {
      itemId: 'i-arbetsskador',
      text:
        'Bland de tillbud och arbetsskador som redovisades januari 2019 är majoriteten kopplade till hot och våld. ' +
        'Termautbildningar, men även HLR-utbildningar, ska ske under våren.',
    },
  },
  {
    type: 'RecordDialog',
    data: {
      itemId: 'i-attraktiv',
      text:
        'Socialförvaltningens plan för attraktiv arbetsgivare grundar sig på stadens plan. Planen bryts ner i fem punkter; ' +
        'Kompetensförsörjning och ständig utveckling, ansvar och samspel, uppmärksamma och premiera, lika och olika samt delaktighet och hälsa.',
    },
  },
  {
    type: 'RecordDecision',
    data: {
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
  },
];
