import { DistrictFiguresDto, ListMembersDto } from '@alliance/contracts/membership';
import { MEMBER_LIST_PARAMS } from '../membership/members/members.controller';
import { ContractQueryPipe } from './contract-query.pipe';
import { ApiProblem } from './problem-details';

function errorsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiProblem);
    return (error as ApiProblem).errors;
  }
  throw new Error('expected a validation problem');
}

describe('ContractQueryPipe', () => {
  const members = new ContractQueryPipe(ListMembersDto, MEMBER_LIST_PARAMS);

  it('renames HTTP parameters to the contract’s names and converts integers', () => {
    expect({
      ...members.transform({ district: 'wuhou', q: '托育', limit: '5', status: 'admitted' }),
    }).toEqual({
      districtCode: 'wuhou',
      text: '托育',
      limit: 5,
      status: 'admitted',
    });
  });

  it('names the HTTP parameter in errors, not the contract property', () => {
    expect(errorsOf(() => members.transform({ district: 'NOT A CODE' }))).toEqual([
      { field: 'district', reasons: ['district must be a district code'] },
    ]);
  });

  it('refuses unknown parameters and the contract name of a renamed one', () => {
    const fields = errorsOf(() => members.transform({ colour: 'red', districtCode: 'wuhou' })).map(
      (e) => e.field,
    );
    expect(fields.sort()).toEqual(['colour', 'districtCode']);
  });

  it('refuses a parameter given twice', () => {
    expect(errorsOf(() => members.transform({ status: ['applied', 'admitted'] }))[0].field).toBe('status');
  });

  it('refuses a non-integer limit instead of passing NaN on', () => {
    expect(errorsOf(() => members.transform({ limit: 'ten' }))[0].field).toBe('limit');
  });

  it('converts "true"/"false" for booleans and refuses anything else', () => {
    const figures = new ContractQueryPipe(DistrictFiguresDto);
    expect(figures.transform({ includeInactive: 'false' }).includeInactive).toBe(false);
    expect(figures.transform({ includeInactive: 'true' }).includeInactive).toBe(true);
    expect(errorsOf(() => figures.transform({ includeInactive: 'yes' }))[0].field).toBe('includeInactive');
  });

  it('answers a repeated query with an equal copy of the same class, never the same object', () => {
    const pipe = new ContractQueryPipe(ListMembersDto, MEMBER_LIST_PARAMS);
    const first = pipe.transform({ limit: '50' });
    (first as unknown as Record<string, unknown>).added = 'by a handler';
    const second = pipe.transform({ limit: '50' });
    expect(second).toBeInstanceOf(ListMembersDto);
    expect({ ...second }).toEqual({ limit: 50 });
    expect(pipe.transform({ limit: '50' })).not.toBe(second);
  });

  it('refuses an invalid query every time it comes', () => {
    const pipe = new ContractQueryPipe(ListMembersDto, MEMBER_LIST_PARAMS);
    expect(errorsOf(() => pipe.transform({ limit: 'ten' }))[0].field).toBe('limit');
    expect(errorsOf(() => pipe.transform({ limit: 'ten' }))[0].field).toBe('limit');
  });
});
