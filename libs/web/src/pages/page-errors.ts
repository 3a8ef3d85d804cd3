import { DomainError } from '#libs/ddd';
import { REQUEST_ERROR } from '#libs/http';

/** What an error page says, in Swedish, for each status a page can answer with. */
export interface ErrorPageText {
  heading: string;
  text: string;
}

export function errorPageText(status: number): ErrorPageText {
  switch (status) {
    case 403:
      return {
        heading: 'Det här får du inte göra',
        text: 'Ditt konto har inte behörighet till sidan, eller så kom formuläret inte från den här tjänsten. Gå tillbaka, ladda om sidan och försök igen.',
      };
    case 404:
      return { heading: 'Sidan finns inte', text: 'Kontrollera adressen, eller gå till Min sida.' };
    case 503:
      return {
        heading: 'Tjänsten är inte tillgänglig just nu',
        text: 'Försök igen om en liten stund.',
      };
    default:
      return status >= 500
        ? { heading: 'Något gick fel', text: 'Felet har loggats. Försök igen om en stund.' }
        : { heading: 'Det gick inte', text: 'Kontrollera uppgifterna och försök igen.' };
  }
}

/**
 * A form posted without its page's CSRF token (or with another session's): refused as the edge
 * refuses a cross-site request, 403 REQUEST.CROSS_SITE, before anything is done.
 */
export const missingCsrfToken = () =>
  new DomainError(
    'forbidden',
    REQUEST_ERROR.CROSS_SITE,
    'The form was not sent from a page of this service (its CSRF token is missing or not this session’s)',
  );
