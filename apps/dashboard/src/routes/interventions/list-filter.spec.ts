import { apiFilter, listFilterFrom, listHref } from './list-filter';

const read = (href: string) => listFilterFrom(new URL(href, 'http://x').searchParams);

describe('the Insatser list filter in the address', () => {
  it('reads back what a link writes', () => {
    const filter = {
      statuses: ['PLANNED', 'ONGOING', 'COMPLETED'] as const,
      owner: 'KS',
      late: true,
      citizenPromise: false,
    };
    const href = listHref({ ...filter, statuses: [...filter.statuses] });
    expect(href).toBe(
      '/insatser?status=PLANNED%2CONGOING%2CCOMPLETED&owner=KS&late=yes&promise=no',
    );
    expect(read(href)).toEqual({ ...filter, statuses: [...filter.statuses] });
  });

  it('links to the whole list without criteria', () => {
    expect(listHref({})).toBe('/insatser');
    expect(read('/insatser')).toEqual({});
  });

  it('leaves out values it does not know, and keeps statuses in the order of the work', () => {
    expect(read('/insatser?status=DELAYED,NOPE,PLANNED&overdue=maybe&owner=')).toEqual({
      statuses: ['PLANNED', 'DELAYED'],
    });
  });

  it('gives the API the same criteria', () => {
    expect(apiFilter(read('/insatser?status=AT_RISK&overdue=no&q=%20skola%20'))).toEqual({
      status: ['AT_RISK'],
      overdue: false,
      search: 'skola',
      owner: undefined,
      district: undefined,
      late: undefined,
      citizenPromise: undefined,
    });
  });
});
