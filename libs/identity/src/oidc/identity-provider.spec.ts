import { checkedProviderInput, InvalidIdentityProviderError } from './identity-provider.js';

const VALID = {
  issuer: ' https://login.exempelstad.se/realms/kommun ',
  clientId: ' samverkan ',
  clientSecret: ' hemligt med mellanslag ',
  displayName: ' Exempelstads inloggning ',
};
const NEW = { allowHttp: false, hasStoredSecret: false };

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidIdentityProviderError) return error.details['field'];
    throw error;
  }
  return 'accepted';
};

describe("an organisation's identity provider settings", () => {
  it('are trimmed, all but the secret, and match by email unless told otherwise', () => {
    expect(checkedProviderInput(VALID, NEW)).toEqual({
      issuer: 'https://login.exempelstad.se/realms/kommun',
      clientId: 'samverkan',
      clientSecret: ' hemligt med mellanslag ',
      matchClaim: 'email',
      displayName: 'Exempelstads inloggning',
    });
    expect(checkedProviderInput({ ...VALID, matchClaim: ' upn ' }, NEW).matchClaim).toBe('upn');
  });

  it.each([
    ['issuer', { issuer: 'login.exempelstad.se' }],
    ['issuer', { issuer: 'http://login.exempelstad.se' }],
    ['issuer', { issuer: 'https://login.exempelstad.se/?x=1' }],
    ['issuer', { issuer: 'https://login.exempelstad.se/#a' }],
    ['issuer', { issuer: 'https://user@login.exempelstad.se' }],
    ['issuer', { issuer: 'javascript:alert(1)' }],
    ['clientId', { clientId: '  ' }],
    ['clientId', { clientId: 'x'.repeat(501) }],
    ['clientSecret', { clientSecret: '' }],
    ['clientSecret', { clientSecret: undefined }],
    ['clientSecret', { clientSecret: 'x'.repeat(2001) }],
    ['matchClaim', { matchClaim: 'e mail' }],
    ['matchClaim', { matchClaim: 'x'.repeat(201) }],
    ['displayName', { displayName: '' }],
    ['displayName', { displayName: 'Å'.repeat(61) }],
    ['displayName', { displayName: 'Rad\nbrytning' }],
    ['clientId', { clientId: 'sam\u0000verkan' }],
    ['clientSecret', { clientSecret: 'hem\u0000ligt' }],
  ])('refuses a wrong %s, naming the field', (field, change) => {
    expect(fieldOf(() => checkedProviderInput({ ...VALID, ...change }, NEW))).toBe(field);
  });

  it('keeps the stored secret of a changed provider when none is given', () => {
    const changed = checkedProviderInput(
      { ...VALID, clientSecret: '' },
      { allowHttp: false, hasStoredSecret: true },
    );
    expect(changed.clientSecret).toBeUndefined();
  });

  it('takes a plain http:// issuer only where the service allows it (development and tests)', () => {
    const local = { ...VALID, issuer: 'http://127.0.0.1:4000' };
    expect(fieldOf(() => checkedProviderInput(local, NEW))).toBe('issuer');
    expect(checkedProviderInput(local, { allowHttp: true, hasStoredSecret: false }).issuer).toBe(
      'http://127.0.0.1:4000',
    );
  });
});
