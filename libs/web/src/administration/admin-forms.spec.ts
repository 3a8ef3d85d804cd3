import { groupError, organisationError } from '#libs/groups';
import { EmailTakenError, LastAdminError } from '#libs/identity';
import { validationError } from '#libs/shared-kernel';
import { newAccountOf, newAccountProblem, rolesOf } from './account-forms.js';
import { adminProblemOf } from './admin-errors.js';
import { errorSummaryOf, formFields } from './admin-form.js';
import { levelsOf, partyOfChoice, wholeNumberOf } from './group-forms.js';
import { organisationPage } from './organisation-page.js';
import { PageRenderer } from '../views/page-renderer.js';

describe('the administration forms', () => {
  it('read a party from one select: the employer, a union by name, none, or a value no option has', () => {
    expect(partyOfChoice('arbetsgivaren')).toEqual({ side: 'employer' });
    expect(partyOfChoice('facket:Vision')).toEqual({ side: 'union', organisation: 'Vision' });
    expect(partyOfChoice('medarbetare')).toBeUndefined();
    expect(partyOfChoice('facket:')).toBe('invalid');
    expect(partyOfChoice('')).toBe('invalid');
  });

  it('keep the levels in the printed order, and pass on a value that is no level for the decider to refuse', () => {
    expect(levelsOf({ nivaer: ['VSG', 'FSG'] })).toEqual(['FSG', 'VSG']);
    expect(levelsOf({ nivaer: 'APT' })).toEqual(['APT']);
    expect(levelsOf({ nivaer: ['FSG', 'XSG'] })).toEqual(['FSG', 'XSG']);
    expect(levelsOf({})).toEqual([]);
  });

  it('read a whole number as typed, anything else as NaN', () => {
    expect(wholeNumberOf('7')).toBe(7);
    expect(Number.isNaN(wholeNumberOf('sju'))).toBe(true);
    expect(Number.isNaN(wholeNumberOf('7.5'))).toBe(true);
  });

  it('say every problem of a new account at once, at its field', () => {
    const typed = newAccountOf({
      namn: ' ',
      epost: 'utan-snabel-a',
      losenord: 'kort',
      roller: ['hr', 'chef'],
    });
    expect(newAccountProblem(typed)?.fields).toEqual({
      namn: 'Fyll i personens namn.',
      epost: 'Ange en e-postadress, till exempel anna.andersson@kommun.se.',
      losenord: 'Lösenordet måste ha minst 12 tecken.',
      roller: 'Välj bland rollerna som finns.',
    });
    expect(
      newAccountProblem(
        newAccountOf({ namn: 'Anna', epost: 'anna@kommun.se', losenord: 'ett långt lösenord' }),
      ),
    ).toBeNull();
    expect(rolesOf({ roller: 'admin' })).toEqual(['admin']);
  });

  it('turn the taxonomy’s codes into Swedish at the field they concern, and leave the rest to the error page', () => {
    expect(adminProblemOf(groupError.noFormalParties('p', 'Vision'), 'ledamot')?.fields).toEqual({
      part: 'En APT har inga formella parter: välj Medarbetare eller Arbetsgivaren.',
    });
    expect(adminProblemOf(validationError.textRequired('name'), 'enhet')?.fields).toEqual({
      namn: 'Fältet får inte vara tomt.',
    });
    expect(adminProblemOf(validationError.invalidDate('joinedOn', 'x'), 'ledamot')?.fields).toHaveProperty(
      'fran',
    );
    expect(adminProblemOf(new EmailTakenError('a@b'), 'konto')?.fields).toHaveProperty('epost');
    const lastAdmin = adminProblemOf(new LastAdminError(), 'roller');
    expect(lastAdmin).toMatchObject({ fields: {} });
    expect(lastAdmin?.message).toContain('minst en aktiv administratör');
    expect(adminProblemOf(organisationError.unknownUnits(['u-x']), 'enheter')?.fields).toHaveProperty(
      'enheter',
    );
    expect(adminProblemOf(new Error('a fault'), 'enhet')).toBeUndefined();
  });

  it('link the error summary to each field, and keep what the refused form posted, in that form only', () => {
    const refusal = {
      problem: { form: 'enhet', message: 'x', fields: { namn: 'Fältet får inte vara tomt.' } },
      posted: { namn: ' <b> ', overordnad: 'u-soc' },
    };
    expect(errorSummaryOf(refusal)?.items).toEqual([
      { href: '#enhet-namn', text: 'Fältet får inte vara tomt.' },
    ]);
    expect(formFields(refusal, 'enhet').field('overordnad')).toEqual({
      id: 'enhet-overordnad',
      name: 'overordnad',
      value: 'u-soc',
      error: null,
    });
    expect(formFields(refusal, 'facklig').field('namn', 'start').value).toBe('start');
    expect(errorSummaryOf({ ...refusal, problem: { ...refusal.problem, fields: {} } })?.items).toEqual([
      { href: null, text: 'x' },
    ]);
  });

  it('offer to create the organisation before there is one, and show nothing of units or unions', () => {
    const renderer = new PageRenderer({
      designsystemet: '/s/ds.css',
      theme: '/s/t.css',
      font: '/s/f.css',
      site: '/s/site.css',
      icon: '/s/i.svg',
      formDrafts: '/s/d.js',
    });
    const html = renderer.render('admin-organisation', {
      title: 'Organisation och enheter',
      signedIn: { displayName: 'Ada', csrfToken: 't', isAdmin: true, seesOverview: true },
      csrfToken: 't',
      ...organisationPage(null, null, null),
    });
    expect(html).toContain('action="/administration/organisation"');
    expect(html).toContain('<label class="ds-label" for="organisation-namn">Organisationens namn</label>');
    expect(html).not.toContain('/administration/organisation/enheter');
    expect(html).toContain('href="/administration">Administration</a></li>');
  });
});
