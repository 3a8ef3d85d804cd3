import { defaultProtocolForm, type ProtocolForm } from '#domain/shared-kernel';
import { deciderSpecification } from '#libs/testing';
import type { GroupEvent } from './events.js';
import { groupDecider } from './group.decider.js';
import { protocolFormOf } from './protocol-form.js';

const spec = deciderSpecification(groupDecider);
const groupId = 'group-csg';
const at = '2019-01-07T08:00:00Z';
const created = (levels: ('CSG' | 'FSG' | 'VSG' | 'APT')[]): GroupEvent => ({
  type: 'GroupCreated',
  data: {
    groupId,
    organisationId: 'org-1',
    name: 'Centrala samverkansgruppen',
    levels,
    unitId: 'unit-ks',
    actsAsSkyddskommitte: false,
    at,
  },
});
const ownForm: ProtocolForm = {
  opening: [
    { kind: 'öppnande', title: 'Mötets öppnande' },
    { kind: 'dagordning', title: 'Godkännande av dagordning' },
    { kind: 'justerare', title: 'Val av två justerare' },
  ],
  sections: [
    { sectionId: 'samverkan-fore-beslut', heading: 'Samverkan före beslut', kinds: ['beslut'] },
    { sectionId: 'tidig-dialog', heading: 'Tidig och fördjupad dialog', kinds: ['dialog'] },
  ],
  closing: [{ kind: 'avslutande', title: 'Mötets avslutande' }],
};
const setForm = (form: ProtocolForm) => ({ type: 'SetProtocolForm' as const, data: { groupId, form, at } });
const formSet: GroupEvent = { type: 'ProtocolFormSet', data: { groupId, form: ownForm, at } };

describe('the group’s protocol form: defaults per level', () => {
  it('a CSG opens with dagordning before justerare, reports the previous protocol and closes with its own §', () => {
    const form = defaultProtocolForm(['CSG']);
    expect(form.opening.map(({ title }) => title)).toEqual([
      'Mötets öppnande',
      'Fastställande av dagordning',
      'Val av justerare',
      'Anmälan av föregående protokoll',
    ]);
    expect(form.sections.map(({ heading }) => heading)).toEqual([
      'Samverkan före beslut',
      'Tidig och fördjupad dialog',
      'Information',
      'Övriga frågor',
    ]);
    expect(form.closing).toEqual([{ kind: 'avslutande', title: 'Mötets avslutande' }]);
  });

  it('a combined FSG/VSG follows seed 002: Information, Dialog, Beslut after the three procedural §§', () => {
    const form = protocolFormOf({ levels: ['FSG', 'VSG'] });
    expect(form.opening.map(({ title }) => title)).toEqual([
      'Mötets öppnande',
      'Val av justerare',
      'Fastställande av dagordning',
    ]);
    expect(form.sections.map(({ heading }) => heading)).toEqual(['Information', 'Dialog', 'Beslut']);
    expect(form.closing).toEqual([]);
  });

  it('an APT appoints no justerare', () => {
    expect(defaultProtocolForm(['APT']).opening.map(({ kind }) => kind)).not.toContain('justerare');
  });
});

describe('the group’s protocol form: setting it', () => {
  it('a group sets its own form', () => {
    spec
      .given([created(['CSG'])])
      .when(setForm(ownForm))
      .then([formSet]);
  });

  it('the form it already follows changes nothing, whether its own or its level’s default', () => {
    spec
      .given([created(['CSG']), formSet])
      .when(setForm(ownForm))
      .then([]);
    spec
      .given([created(['CSG'])])
      .when(setForm(defaultProtocolForm(['CSG'])))
      .then([]);
  });

  it('the form set is what the group follows from then on', () => {
    const state = [created(['FSG']), formSet].reduce(groupDecider.evolve, groupDecider.initialState());
    expect(protocolFormOf(state)).toEqual(ownForm);
  });

  it('a procedural paragraph twice is refused with GROUP.DUPLICATE_PROCEDURAL_PARAGRAPH', () => {
    const twice = { ...ownForm, closing: [{ kind: 'justerare' as const, title: 'Val av justerare igen' }] };
    spec
      .given([created(['CSG'])])
      .when(setForm(twice))
      .thenThrows('GROUP.DUPLICATE_PROCEDURAL_PARAGRAPH');
  });

  it('two sections with one id, or taking one item kind, are refused with GROUP.DUPLICATE_SECTION', () => {
    const sameId = { ...ownForm, sections: [...ownForm.sections, { ...ownForm.sections[0]!, kinds: [] }] };
    spec
      .given([created(['CSG'])])
      .when(setForm(sameId))
      .thenThrows('GROUP.DUPLICATE_SECTION');
    const sameKind = {
      ...ownForm,
      sections: [...ownForm.sections, { sectionId: 'beslut', heading: 'Beslut', kinds: ['beslut' as const] }],
    };
    spec
      .given([created(['CSG'])])
      .when(setForm(sameKind))
      .thenThrows('GROUP.DUPLICATE_SECTION');
  });

  it('an unknown procedural kind or item kind is refused with VALIDATION.INVALID_VALUE', () => {
    const unknownParagraph = {
      ...ownForm,
      opening: [{ kind: 'fika', title: 'Fika' }],
    } as unknown as ProtocolForm;
    spec
      .given([created(['CSG'])])
      .when(setForm(unknownParagraph))
      .thenThrows('VALIDATION.INVALID_VALUE');
    const unknownKind = {
      ...ownForm,
      sections: [{ sectionId: 'x', heading: 'X', kinds: ['skvaller'] }],
    } as unknown as ProtocolForm;
    spec
      .given([created(['CSG'])])
      .when(setForm(unknownKind))
      .thenThrows('VALIDATION.INVALID_VALUE');
  });

  it('a section without a heading is refused with VALIDATION.TEXT_REQUIRED', () => {
    const noHeading = { ...ownForm, sections: [{ sectionId: 'x', heading: ' ', kinds: [] }] };
    spec
      .given([created(['CSG'])])
      .when(setForm(noHeading))
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('a group that does not exist cannot set a form: GROUP.NOT_CREATED', () => {
    spec.given([]).when(setForm(ownForm)).thenThrows('GROUP.NOT_CREATED');
  });
});
