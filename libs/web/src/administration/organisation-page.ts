import type { OrganisationView } from '#libs/groups';
import { FEDERATIONS } from '#libs/shared-kernel';
import { errorSummaryOf, formFields, optionsOf, type Refusal } from './admin-form.js';

/** The units in reading order: each förvaltning, then the units inside it. */
export function unitsInOrder(organisation: OrganisationView) {
  const top = organisation.units.filter((unit) => unit.parentUnitId === undefined);
  const known = new Set(organisation.units.map(({ unitId }) => unitId));
  const orphans = organisation.units.filter(
    (unit) => unit.parentUnitId !== undefined && !known.has(unit.parentUnitId),
  );
  return [
    ...top.flatMap((förvaltning) => [
      { ...förvaltning, parentName: null as string | null },
      ...organisation.units
        .filter((unit) => unit.parentUnitId === förvaltning.unitId)
        .map((unit) => ({ ...unit, parentName: förvaltning.name as string | null })),
    ]),
    ...orphans.map((unit) => ({ ...unit, parentName: unit.parentUnitId as string | null })),
  ];
}

/** "Socialförvaltningen › Hemtjänst Norr", as the selects and tables name a unit. */
export function unitLabel(organisation: OrganisationView, unitId: string): string {
  const unit = organisation.units.find((candidate) => candidate.unitId === unitId);
  if (!unit) return unitId;
  const parent = organisation.units.find((candidate) => candidate.unitId === unit.parentUnitId);
  return parent ? `${parent.name} › ${unit.name}` : unit.name;
}

/** The Organisation och enheter page's model (see admin-organisation.hbs); null before it exists. */
export function organisationPage(
  organisation: OrganisationView | null,
  refusal: Refusal | null,
  done: string | null,
) {
  const create = formFields(refusal, 'organisation');
  const unit = formFields(refusal, 'enhet');
  const union = formFields(refusal, 'facklig');
  const reminders = formFields(refusal, 'paminnelser');
  const justering = formFields(refusal, 'justering');
  const base = { done, errorSummary: errorSummaryOf(refusal) };
  if (!organisation) return { ...base, organisation: null, create: { namn: create.field('namn') } };
  const parent = unit.field('overordnad');
  return {
    ...base,
    organisation: {
      name: organisation.name,
      version: String(organisation.version),
      units: unitsInOrder(organisation).map((entry) => ({
        name: entry.name,
        parentName: entry.parentName,
      })),
      // One row per organisation, with the federation (Saco, TCO, LO) it belongs to, changeable in place.
      unionOrganisations: organisation.unionOrganisations.map((name, index) => ({
        name,
        removeId: `ta-bort-facklig-${index}`,
        federationId: `centralorganisation-${index}`,
        federations: federationOptions(organisation.federations[name] ?? ''),
      })),
    },
    create: null,
    unit: {
      namn: unit.field('namn'),
      overordnad: parent,
      parents: optionsOf(
        [
          { value: '', label: 'Ingen: enheten är en förvaltning' },
          ...organisation.units
            .filter((candidate) => candidate.parentUnitId === undefined)
            .map(({ unitId, name }) => ({ value: unitId, label: name })),
        ],
        parent.value,
      ),
    },
    reminders: {
      current: `Påminnelsen går ut ${organisation.reminderLeadDays} ${organisation.reminderLeadDays === 1 ? 'dag' : 'dagar'} före uppföljningsdatumet.`,
      dagar: reminders.field('dagar', String(organisation.reminderLeadDays)),
    },
    justering: {
      current: `Sista dag för justering blir ${organisation.justeringDays} ${organisation.justeringDays === 1 ? 'dag' : 'dagar'} efter begäran, om sekreteraren inte anger något annat datum.`,
      dagar: justering.field('dagar', String(organisation.justeringDays)),
    },
    union: {
      namn: union.field('namn'),
      centralorganisation: union.field('centralorganisation'),
      federations: federationOptions(union.field('centralorganisation').value),
    },
  };
}

/** The federations a union organisation can belong to, or none. */
const federationOptions = (selected: string) =>
  optionsOf(
    [{ value: '', label: 'Ingen' }, ...FEDERATIONS.map((name) => ({ value: name, label: name }))],
    selected,
  );
