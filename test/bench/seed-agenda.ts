/**
 * bench:seed's agenda: what a real FSG's minnesanteckningar hold (../shared/seeds/002, Socialförvaltningen
 * 2019): information, dialog and beslut mixed, each item with a few sentences recorded on it.
 */
export type ItemKind = 'information' | 'dialog' | 'beslut';

interface CatalogueItem {
  title: string;
  kind: ItemKind;
  text: string;
}

const CATALOGUE: CatalogueItem[] = [
  {
    title: 'Föregående mötesanteckningar',
    kind: 'information',
    text: 'Föregående mötesanteckningar gicks igenom. Inget att anmärka.',
  },
  {
    title: 'Föredragningslistan till nämnden',
    kind: 'information',
    text: 'Vi går igenom föredragningslistan till nämndens sammanträde. Ärendena om budgetuppföljning och lokalförsörjning berör arbetsmiljön och tas upp under egna punkter.',
  },
  {
    title: 'Nytt inom arbetsmiljö',
    kind: 'information',
    text: 'Efter medarbetarundersökningen arbetar förvaltningen vidare med frågor om kränkande särbehandling. Ett ledarforum om arbetsplatsträffar har genomförts tillsammans med företagshälsovården; nästa erfarenhetsträff lyfter fram goda exempel från verksamheterna.',
  },
  {
    title: 'Uppdatering chefsrekryteringar',
    kind: 'information',
    text: 'Enheten presenterade sitt förslag till sektionschefer. En tjänst som sektionschef för utredning och uppföljning annonseras inom kort, eftersom arbetsgruppen blivit större.',
  },
  {
    title: 'Uppföljning av avslutningssamtalen',
    kind: 'dialog',
    text: 'HR-enheten redovisar årets avslutningssamtal. Främsta orsaken är flytt eller pendling. Förvaltningen testar digitala avslutningsenkäter. Parterna ser positivt på att fler avgående medarbetares synpunkter fångas upp.',
  },
  {
    title: 'Sjukfrånvaro och rehabilitering',
    kind: 'dialog',
    text: 'Den korta sjukfrånvaron har ökat under perioden. Arbetsgivaren redovisar pågående rehabiliteringsärenden utan namn. De fackliga organisationerna efterfrågar en analys per enhet till nästa möte.',
  },
  {
    title: 'Budget och bemanning',
    kind: 'dialog',
    text: 'Prognosen visar ett underskott inom placeringar. Arbetsgivaren beskriver åtgärder för att minska inhyrd personal; parterna för dialog om hur arbetsbelastningen påverkas.',
  },
  {
    title: 'Riskbedömning inför sommaren',
    kind: 'beslut',
    text: 'Riskbedömningen inför sommarperioden har tagits fram tillsammans med skyddsombuden. Parterna är eniga om bemanningsplanen och om att följa upp den efter sommaren.',
  },
  {
    title: 'Lokalfrågor',
    kind: 'information',
    text: 'Flytten av utredningsgruppen till nya lokaler är planerad till hösten. Skyddsombud deltar i planeringen av arbetsplatserna.',
  },
  {
    title: 'Heltidsresan och schemaläggning',
    kind: 'dialog',
    text: 'Arbetsgivaren redogör för hur heltid som norm införs i verksamheterna. Kommunal lyfter frågan om delade turer; parterna fortsätter dialogen i arbetsgruppen.',
  },
  {
    title: 'Handlingsplan för arbetsmiljön',
    kind: 'beslut',
    text: 'Handlingsplanen utifrån skyddsronderna fastställs. Ansvariga och tidpunkter för varje åtgärd framgår av planen.',
  },
  {
    title: 'Övriga frågor',
    kind: 'information',
    text: 'Vision informerar om en kommande medlemsenkät. Inga övriga frågor.',
  },
];

export interface SeedItem extends CatalogueItem {
  itemId: string;
}

/** The agenda of `count` items: the catalogue in order (repeated, numbered, past its length). */
export function seedAgenda(count: number): SeedItem[] {
  return Array.from({ length: count }, (_, i) => {
    const item = CATALOGUE[i % CATALOGUE.length];
    const round = Math.floor(i / CATALOGUE.length);
    return {
      ...item,
      itemId: `i-${i + 1}`,
      title: round === 0 ? item.title : `${item.title} (${round + 1})`,
    };
  });
}
