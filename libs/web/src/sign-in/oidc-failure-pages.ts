import type { OidcFailure } from '#libs/identity';

export interface OidcFailurePage {
  status: number;
  heading: string;
  text: string;
}

const ASK_ADMIN = 'Kontakta organisationens administratör om du behöver hjälp.';

/**
 * What the person is told when signing in through the organisation's identity provider did not
 * sign them in, in Swedish, with the HTTP status of the page. Nobody is signed in in any case.
 */
export function oidcFailurePage(reason: OidcFailure, providerError?: string): OidcFailurePage {
  switch (reason) {
    case 'no-provider':
      return {
        status: 404,
        heading: 'Inloggningen finns inte',
        text: 'Organisationen har ingen inloggning med identitetsleverantör. Logga in med e-postadress och lösenord i stället.',
      };
    case 'provider-unavailable':
      return {
        status: 502,
        heading: 'Identitetsleverantören svarar inte',
        text: 'Det gick inte att nå organisationens identitetsleverantör. Försök igen om en stund, eller logga in med e-postadress och lösenord.',
      };
    case 'no-attempt':
      return {
        status: 400,
        heading: 'Inloggningen hade gått ut',
        text: 'Inloggningen påbörjades för länge sedan, har redan använts eller påbörjades i en annan webbläsare. Ingen har loggats in. Börja om från inloggningssidan.',
      };
    case 'state-mismatch':
      return {
        status: 400,
        heading: 'Inloggningen kunde inte kontrolleras',
        text: 'Svaret från identitetsleverantören hörde inte till den här inloggningen. Ingen har loggats in. Börja om från inloggningssidan.',
      };
    case 'provider-error':
      return {
        status: 400,
        heading: 'Identitetsleverantören avbröt inloggningen',
        text: `Inloggningen avbröts eller nekades hos identitetsleverantören${providerError ? ` (felkod ${providerError})` : ''}. Ingen har loggats in. Försök igen från inloggningssidan.`,
      };
    case 'claim-missing':
      return {
        status: 403,
        heading: 'Uppgift saknas från identitetsleverantören',
        text: `Identitetsleverantören skickade ingen uppgift som ditt konto kan kännas igen på. ${ASK_ADMIN}`,
      };
    case 'email-unverified':
      return {
        status: 403,
        heading: 'E-postadressen är inte bekräftad',
        text: `Identitetsleverantören har inte bekräftat din e-postadress, så den kan inte användas för att logga in. ${ASK_ADMIN}`,
      };
    case 'no-account':
      return {
        status: 403,
        heading: 'Du har inget konto här',
        text: 'Det finns inget konto i tjänsten för den du loggade in som hos identitetsleverantören. Konton skapas inte automatiskt: be organisationens administratör att lägga upp ett konto med din e-postadress.',
      };
    case 'account-disabled':
      return {
        status: 403,
        heading: 'Kontot är avstängt',
        text: `Ditt konto i tjänsten är avstängt och kan inte användas för att logga in. ${ASK_ADMIN}`,
      };
  }
}
