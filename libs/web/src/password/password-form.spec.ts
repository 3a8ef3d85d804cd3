import { passwordFieldErrors, policyError, readPasswordForm } from './password-form.js';

describe('the password change form', () => {
  it('keeps the passwords exactly as typed', () => {
    expect(readPasswordForm({ currentPassword: ' a ', newPassword: 'b ', repeatPassword: 'b ' })).toEqual({
      currentPassword: ' a ',
      newPassword: 'b ',
      repeatPassword: 'b ',
    });
  });

  it('says next to each field what is missing, and a repetition that differs', () => {
    expect(passwordFieldErrors(readPasswordForm({}))).toEqual({
      currentPassword: 'Fyll i ditt nuvarande lösenord.',
      newPassword: 'Fyll i ett nytt lösenord.',
    });
    expect(
      passwordFieldErrors({
        currentPassword: 'x',
        newPassword: 'ett långt lösenord',
        repeatPassword: 'ett annat',
      }),
    ).toEqual({ repeatPassword: 'Lösenorden är inte lika. Skriv det nya lösenordet likadant två gånger.' });
  });

  it('says the password policy in Swedish: too short, or too long', () => {
    expect(policyError('kort')).toBe('Lösenordet måste ha minst 12 tecken.');
    expect(policyError('x'.repeat(2000))).toBe('Lösenordet får vara högst 1024 tecken.');
  });
});
