import { changedFields } from './change-fields';

describe('changedFields', () => {
  it('lists the fields whose value differs, before and after', () => {
    expect(changedFields('{"status":"PLANNED","x":1}', '{"status":"ONGOING","x":1}')).toEqual([
      { field: 'status', before: 'PLANNED', after: 'ONGOING' },
    ]);
  });

  it('reads a missing side as empty and survives text that is not JSON', () => {
    expect(changedFields(null, '{"title":"Ny"}')).toEqual([
      { field: 'title', before: '–', after: 'Ny' },
    ]);
    expect(changedFields('oops', null)).toEqual([{ field: 'value', before: 'oops', after: '–' }]);
  });
});
