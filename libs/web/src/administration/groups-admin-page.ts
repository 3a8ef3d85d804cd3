import { GROUP_LEVELS, type GroupView, type OrganisationView } from '#libs/groups';
import { groupRows } from '../group/group-rows.js';
import type { GroupsListPage } from '../group/groups-list-page.js';
import { choicesOf, errorSummaryOf, formFields, optionsOf, type Refusal } from './admin-form.js';
import { unitLabel, unitsInOrder } from './organisation-page.js';

export const ADMIN_GROUPS_PATH = '/administration/grupper';

export const adminGroupHref = (groupId: string) => `/administration/grupper/${encodeURIComponent(groupId)}`;

const LEVEL_LABELS: Record<(typeof GROUP_LEVELS)[number], string> = {
  CSG: 'CSG – central samverkansgrupp',
  FSG: 'FSG – förvaltningens samverkansgrupp',
  VSG: 'VSG – verksamhetens samverkansgrupp',
  LSG: 'LSG – lokal samverkansgrupp',
  APT: 'APT – arbetsplatsträff (inga formella parter)',
};

/**
 * The Grupper (administration) page's model: a page of the groups (`page`, as /grupper pages them)
 * and the form that creates one, whose choice of a parent group offers every group (`all`).
 */
export function groupsAdminPage(
  page: GroupsListPage,
  all: readonly GroupView[],
  organisation: OrganisationView,
  refusal: Refusal | null,
  done: string | null,
) {
  const form = formFields(refusal, 'grupp');
  const unit = form.field('enhet');
  const parent = form.field('overordnad');
  return {
    done,
    errorSummary: errorSummaryOf(refusal),
    groups: groupRows(page.groups, adminGroupHref, all).map((row, index) => ({
      ...row,
      unit: unitLabel(organisation, page.groups[index].unitId),
    })),
    paging: page.paging,
    hasUnits: organisation.units.length > 0,
    create: {
      namn: form.field('namn'),
      nivaer: form.field('nivaer'),
      levels: choicesOf(
        'grupp',
        'nivaer',
        GROUP_LEVELS.map((level) => ({ value: level, label: LEVEL_LABELS[level] })),
        form.chosen('nivaer', []),
      ),
      enhet: unit,
      units: optionsOf(
        [
          { value: '', label: 'Välj förvaltning eller enhet' },
          ...unitsInOrder(organisation).map(({ unitId }) => ({
            value: unitId,
            label: unitLabel(organisation, unitId),
          })),
        ],
        unit.value,
      ),
      overordnad: parent,
      parents: optionsOf(
        [
          { value: '', label: 'Ingen (gruppen är högst upp)' },
          ...all.map(({ groupId, name, levelsLabel }) => ({
            value: groupId,
            label: `${name} (${levelsLabel})`,
          })),
        ],
        parent.value,
      ),
      flags: choicesOf(
        'grupp',
        'skyddskommitte',
        [{ value: 'ja', label: 'Gruppen är också skyddskommitté (AML 6:8)' }],
        form.chosen('skyddskommitte', []),
      ),
      viceChair: choicesOf(
        'grupp',
        'facklig-vice',
        [{ value: 'ja', label: 'En vice ordförande från den fackliga sidan leder också mötena' }],
        form.chosen('facklig-vice', []),
      ),
      skyddskommitte: form.field('skyddskommitte'),
      fackligVice: form.field('facklig-vice'),
    },
  };
}
