/**
 * A realistic meeting for the renderer's tests, after seed 002: FSG/VSG Socialförvaltningen on
 * 25 February 2019, with Akademikerförbundet SSR, Vision and Kommunal.
 */
import type { DocumentParty, MeetingHeader } from '../model/index.js';

export const employer: DocumentParty = { side: 'employer', name: 'Arbetsgivaren' };
export const ssr: DocumentParty = { side: 'union', name: 'Akademikerförbundet SSR' };
export const vision: DocumentParty = { side: 'union', name: 'Vision' };
export const kommunal: DocumentParty = { side: 'union', name: 'Kommunal' };

export const header: MeetingHeader = {
  meetingId: 'meeting-fsg-2019-02',
  organisationName: 'Exempelstads kommun',
  groupName: 'FSG/VSG Socialförvaltningen',
  groupLevels: 'FSG/VSG',
  forvaltning: 'Socialförvaltningen',
  protocolNumber: '2/2019',
  dnr: 'DNR:02/2019',
  date: '2019-02-25',
  // 08.30–11.00 in Stockholm (winter time, UTC+1).
  startsAt: '2019-02-25T07:30:00Z',
  endsAt: '2019-02-25T10:00:00Z',
  place: 'Stadshuset, sammanträdesrum Öresund',
  videoLink: 'https://mote.exempelstad.se/fsg-vsg',
};

export const texts = {
  arbetsmiljo:
    'Efter resultatet från medarbetarundersökningen 2018 har förvaltningen arbetat vidare med frågor om ' +
    'kränkande särbehandling. Som ett resultat av detta beslutade förvaltningen att arbeta mer med APT ' +
    'tillsammans med Feelgood.\n\n' +
    'Den 14 februari genomfördes ett ledarforum där Feelgood föreläste om vad APT är.\n' +
    'Innehållet var delvis teori, men även möjlighet till reflektion i grupp.\n\n' +
    'Den 22 februari anordnades en erfarenhetsträff med Feelgood. Detta var uppskattat bland cheferna.',
  chefsrekryteringar:
    'Vuxen presenterade den 19 februari sitt förslag till sektionschefer inom enheten Stöd och behandling.\n\n' +
    'Barn, unga och familj kommer inom snar framtid utannonsera en tjänst som sektionschef för enheten ' +
    'Utredning och uppföljning Team centrum 3.',
  avslutningssamtal:
    'Totalt genomförde HR-enheten 13 avslutningssamtal 2018. Förvaltningen vill bli än bättre på att fånga ' +
    'upp de som avslutar sin anställning och har därför påbörjat att använda digitala avslutningsenkäter.',
  ssrOmRekrytering:
    'Akademikerförbundet SSR undrar hur arbetsgivaren ställer sig till svårigheterna att skapa ett stort ' +
    'urval vid rekryteringar av mellanchefer.',
  arbetsgivarenOmRekrytering:
    'Arbetsgivaren är välmedveten om problematiken; staden satsar på interna utbildningar för framtida chefer.',
  arbetsskador:
    'Bland de tillbud och arbetsskador som redovisades januari 2019 är majoriteten kopplade till hot och våld.',
  tematraffDeferral: 'Punkten flyttas till nästa FSG/VSG då Kommunal inte deltar vid detta möte.',
  sakerhetsatgarder:
    'Genomgång av hotbilden mot enheten Utredning och de säkerhetsåtgärder som vidtagits för berörda medarbetare.',
  webbenkat:
    'Webbenkäten för samverkan genomfördes och dessa punkter tar samverkansgruppen vidare:\n\n' +
    'I framtiden dokumenteras uppföljningsdatum av insatser som bestäms under dialog i FSG/VSG. Detta ' +
    'dokumenteras i mötets anteckningar och skrivs in i den kallelse när punkten åter ska diskuteras.',
  visionAnteckning:
    'Vision välkomnar att uppföljningsdatum skrivs in i kallelsen och vill att arbetsgivaren återkommer om ' +
    'hur de följs upp på arbetsplatsträffarna.',
  followUpAction: 'Redovisa utfallet av de digitala avslutningsenkäterna.',
  closing: 'Ordförande avslutar mötet.',
  justeringSentence:
    'Cecilia Cederström justerar protokollet för Akademikerförbundet SSR och Jessica Granquist för arbetsgivaren.',
};
