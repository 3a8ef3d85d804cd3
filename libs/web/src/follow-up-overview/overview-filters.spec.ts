import {
  DUE_RANGE_REVERSED,
  overviewQueryString,
  readOverviewFilters,
  UNKNOWN_VALUE,
} from './overview-filters.js';

describe('the overview page’s filters', () => {
  it('reads every filter into the overview’s filter and paging, empty fields left out', () => {
    const reading = readOverviewFilters({
      forvaltningId: 'u-soc',
      level: 'VSG',
      groupId: ' g-1 ',
      organisation: 'Vision',
      responsibleId: 'p-1',
      status: 'overdue',
      dueFrom: '2019-01-01',
      dueTo: '2019-03-31',
      sort: 'responsible',
      cursor: 'abc',
      tom: '',
    });
    expect(reading.errors).toEqual({});
    expect(reading.filter).toEqual({
      forvaltningId: 'u-soc',
      level: 'VSG',
      groupId: 'g-1',
      organisation: 'Vision',
      responsibleId: 'p-1',
      status: 'overdue',
      dueFrom: '2019-01-01',
      dueTo: '2019-03-31',
    });
    expect(reading.paging).toEqual({ sort: 'responsible', cursor: 'abc' });
    expect(readOverviewFilters({ status: '', level: '' })).toMatchObject({
      filter: {},
      paging: {},
      errors: {},
    });
  });

  it('says a value outside the lists, a date that does not exist and a reversed range at its field', () => {
    expect(
      readOverviewFilters({ level: 'XSG', status: 'sen', dueFrom: '2019-02-30', sort: 'grupp' }).errors,
    ).toEqual({
      level: UNKNOWN_VALUE.level,
      status: UNKNOWN_VALUE.status,
      dueFrom: UNKNOWN_VALUE.dueFrom,
      sort: UNKNOWN_VALUE.sort,
    });
    expect(readOverviewFilters({ dueFrom: '2019-04-01', dueTo: '2019-03-01' }).errors).toEqual({
      dueTo: DUE_RANGE_REVERSED,
    });
  });

  it('writes the form back as a query string, with å ä ö encoded and the cursor only when asked', () => {
    const { form } = readOverviewFilters({
      organisation: 'Akademikerförbundet SSR',
      status: 'open',
      cursor: 'x',
    });
    expect(overviewQueryString(form)).toBe('?organisation=Akademikerf%C3%B6rbundet+SSR&status=open');
    expect(overviewQueryString(form, { cursor: 'y' })).toBe(
      '?organisation=Akademikerf%C3%B6rbundet+SSR&status=open&cursor=y',
    );
    expect(overviewQueryString(readOverviewFilters({}).form)).toBe('');
  });
});
