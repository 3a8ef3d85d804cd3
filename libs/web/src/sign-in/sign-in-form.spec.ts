import { readSignInForm, signInFieldErrors, throttledProblem } from './sign-in-form.js';

describe('the sign-in form', () => {
  it('reads the posted text fields, trimming all but the password', () => {
    expect(
      readSignInForm({ tenant: ' demo ', email: ' a@b.se ', password: ' hemligt ', next: '/x' }),
    ).toEqual({
      tenant: 'demo',
      email: 'a@b.se',
      password: ' hemligt ',
      next: '/x',
    });
  });

  it('takes a repeated or missing field for empty, and says next to each what is missing', () => {
    const form = readSignInForm({ tenant: ['a', 'b'], email: '' });
    expect(signInFieldErrors(form)).toEqual({
      tenant: 'Fyll i organisationens kortnamn.',
      email: 'Fyll i din e-postadress.',
      password: 'Fyll i ditt lösenord.',
    });
  });

  it('says when a throttled account may try again, in minutes and Stockholm time', () => {
    const problem = throttledProblem(900, new Date('2019-02-25T07:30:00Z'));
    expect(problem.text).toContain('Försök igen om 15 minuter, kl. 08.45.');
    expect(throttledProblem(20, new Date('2019-07-01T10:00:00Z')).text).toContain('om 1 minut, kl. 12.00.');
  });
});
