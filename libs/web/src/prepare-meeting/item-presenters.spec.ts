import type { GroupView } from '#libs/groups';
import { memberPresenterOf, postedPresenters, withMemberPresenter } from './item-presenters.js';

const jenny = { personId: 'p-jenny', name: 'Jenny Gräslund' };
const marten = { personId: 'p-marten', name: 'Mårten Åberg' };
const anna = { name: 'Anna Berg', title: 'HR-specialist' };
const ada = { personId: 'p-ada', name: 'Ada Åström' };
const group = {
  members: [jenny, marten].map((person) => ({ person, role: 'ledamot' })),
} as unknown as GroupView;

describe("the Föredragande select of an item's form", () => {
  it('shows the first presenter who is a member of the group, not a guest or an account outside it', () => {
    expect(memberPresenterOf([anna, ada, jenny, marten], group)).toBe(jenny);
    expect(memberPresenterOf([anna, ada], group)).toBeUndefined();
  });

  it('replaces only that member on saving; the other presenters stay in their order', () => {
    expect(withMemberPresenter([anna, jenny, ada], marten, group)).toEqual([anna, marten, ada]);
    expect(withMemberPresenter([anna, jenny, ada], jenny, group)).toEqual([anna, jenny, ada]);
  });

  it('with none chosen, leaves that member out; with no member before, puts the one chosen first', () => {
    expect(withMemberPresenter([jenny, anna], undefined, group)).toEqual([anna]);
    expect(withMemberPresenter([anna, ada], marten, group)).toEqual([marten, anna, ada]);
    expect(withMemberPresenter([], undefined, group)).toEqual([]);
  });

  it('never names a presenter twice: choosing a member who already presents later moves them', () => {
    expect(withMemberPresenter([jenny, anna, marten], marten, group)).toEqual([marten, anna]);
  });

  it('takes off the other presenters ticked (by their place among the others) and adds one without an account', () => {
    const none = { name: '', title: '' };
    // Others of [jenny, anna, ada] beside the select's jenny: anna is 0, ada is 1.
    expect(postedPresenters([jenny, anna, ada], jenny, ['1'], none, group)).toEqual([jenny, anna]);
    expect(postedPresenters([jenny, anna, ada], marten, ['0', '1'], none, group)).toEqual([marten]);
    expect(postedPresenters([anna], undefined, [], { name: 'Olle Östlund', title: '' }, group)).toEqual([
      anna,
      { name: 'Olle Östlund' },
    ]);
    expect(
      postedPresenters([], jenny, [], { name: 'Olle Östlund', title: 'Verksamhetschef' }, group),
    ).toEqual([jenny, { name: 'Olle Östlund', title: 'Verksamhetschef' }]);
  });
});
