import { allowedJustering, type GroupView, type JusteringSetting, type OrganisationView } from '#libs/groups';
import type { Account } from '#libs/identity';
import { MEMBER_ROLES, PROTOCOL_NUMBER_FORMATS } from '#libs/shared-kernel';
import { groupHref, partyLabel } from '../prepare-meeting/labels.js';
import { choicesOf, errorSummaryOf, formFields, optionsOf, type Refusal } from './admin-form.js';
import { EMPLOYER_CHOICE, NO_PARTY_CHOICE, unionChoice } from './group-forms.js';
import { unitLabel } from './organisation-page.js';

const JUSTERING_LABELS: Record<JusteringSetting, string> = {
  parties: 'Arbetsgivaren och de fackliga organisationerna justerar',
  employer: 'En justerare för arbetsgivaren',
  off: 'Ingen justering: anteckningarna gäller när mötet avslutas',
};

const FORMAT_LABELS: Record<(typeof PROTOCOL_NUMBER_FORMATS)[number], string> = {
  'N/YYYY': 'Med fyrsiffrigt år, till exempel 7/2019',
  'N/YY': 'Med tvåsiffrigt år, till exempel 7/19',
};

export interface GroupAdminRender {
  group: GroupView;
  /** The group one level up, when there is one and it can be read. */
  parent: GroupView | undefined;
  organisation: OrganisationView;
  accounts: readonly Account[];
  refusal: Refusal | null;
  done: string | null;
  /** Today in Stockholm (YYYY-MM-DD): what the join and leave dates start with. */
  today: string;
}

/** One group's administration page (admin-grupp.hbs): members, who leads, justering, numbering. */
export function groupAdminPage({
  group,
  parent,
  organisation,
  accounts,
  refusal,
  done,
  today,
}: GroupAdminRender) {
  const join = formFields(refusal, 'ledamot');
  const leave = formFields(refusal, 'lamna');
  const leadership = formFields(refusal, 'motesledning');
  const justering = formFields(refusal, 'justering');
  const federationJustering = formFields(refusal, 'centralorganisation');
  const series = formFields(refusal, 'nummerserie');
  const notice = formFields(refusal, 'kallelsetider');
  const memberIds = new Set(group.members.map(({ person }) => person.personId));
  const person = join.field('person');
  const party = join.field('part', group.formalParties ? EMPLOYER_CHOICE : NO_PARTY_CHOICE);
  const role = join.field('roll', 'ledamot');
  const leaving = leave.field('person');
  const format = series.field('format', 'N/YYYY');
  const allowed = allowedJustering(group.levels);
  return {
    done,
    errorSummary: errorSummaryOf(refusal),
    group: {
      groupId: group.groupId,
      name: group.name,
      version: String(group.version),
      levels: group.levelsLabel,
      unit: unitLabel(organisation, group.unitId),
      parent: group.parentGroupId === undefined ? null : (parent?.name ?? group.parentGroupId),
      skyddskommitte: group.actsAsSkyddskommitte,
      formalParties: group.formalParties,
      pageHref: groupHref(group.groupId),
    },
    members: group.members.map((member) => ({
      name: member.person.name,
      party: partyLabel(member.party),
      role: member.role,
      since: member.joinedOn,
    })),
    join: {
      person,
      people: optionsOf(
        [
          { value: '', label: 'Välj person' },
          ...accounts
            .filter((account) => account.disabledAt === null && !memberIds.has(account.id))
            .map((account) => ({ value: account.id, label: `${account.displayName} (${account.email})` })),
        ],
        person.value,
      ),
      part: party,
      parties: optionsOf(
        [
          { value: EMPLOYER_CHOICE, label: 'Arbetsgivaren' },
          ...organisation.unionOrganisations.map((name) => ({ value: unionChoice(name), label: name })),
          ...(group.formalParties ? [] : [{ value: NO_PARTY_CHOICE, label: 'Ingen part (medarbetare)' }]),
        ],
        party.value,
      ),
      roll: role,
      roles: optionsOf(
        MEMBER_ROLES.map((value) => ({ value, label: value })),
        role.value,
      ),
      fran: join.field('fran', today),
    },
    leave:
      group.members.length === 0
        ? null
        : {
            person: leaving,
            members: optionsOf(
              [
                { value: '', label: 'Välj ledamot' },
                ...group.members.map((member) => ({
                  value: member.person.personId,
                  label: `${member.person.name} (${member.role}, ${partyLabel(member.party)})`,
                })),
              ],
              leaving.value,
            ),
            lamnar: leave.field('lamnar', today),
          },
    leadership: {
      field: leadership.field('facklig-vice'),
      choices: choicesOf(
        'motesledning',
        'facklig-vice',
        [{ value: 'ja', label: 'En vice ordförande från den fackliga sidan leder mötena' }],
        leadership.chosen('facklig-vice', group.unionViceChairRunsMeetings ? ['ja'] : []),
      ),
    },
    federationJustering: group.formalParties
      ? {
          field: federationJustering.field('for-centralorganisation'),
          choices: choicesOf(
            'centralorganisation',
            'for-centralorganisation',
            [
              {
                value: 'ja',
                label: 'En facklig justerare kan justera för sin centralorganisation (till exempel för TCO)',
              },
            ],
            federationJustering.chosen('for-centralorganisation', group.justeringByFederation ? ['ja'] : []),
          ),
        }
      : null,
    justering: {
      current: JUSTERING_LABELS[group.justering],
      // The samverkan levels have one way (the parties); only an APT has a choice to make.
      choosable: allowed.length > 1,
      field: justering.field('justering'),
      choices: choicesOf(
        'justering',
        'justering',
        allowed.map((value) => ({ value, label: JUSTERING_LABELS[value] })),
        justering.chosen('justering', [group.justering]),
      ),
    },
    notice: {
      current: `Kallelsen ${group.noticeTimes.kallelseDays} dagar och dagordningen ${group.noticeTimes.agendaDays} dagar före mötet${group.noticeTimes.isDefault ? ' (nivåns standard)' : ''}.`,
      kallelse: notice.field('kallelse', String(group.noticeTimes.kallelseDays)),
      dagordning: notice.field('dagordning', String(group.noticeTimes.agendaDays)),
    },
    series: {
      existing: group.protocolNumberSeries.map((entry) => ({
        year: String(entry.year),
        firstNumber: String(entry.firstNumber),
        format: FORMAT_LABELS[entry.format],
      })),
      ar: series.field('ar', today.slice(0, 4)),
      forsta: series.field('forsta'),
      format,
      formats: optionsOf(
        PROTOCOL_NUMBER_FORMATS.map((value) => ({ value, label: FORMAT_LABELS[value] })),
        format.value,
      ),
    },
  };
}
