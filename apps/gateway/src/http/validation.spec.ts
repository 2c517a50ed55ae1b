import { ApplyForMembershipDto } from '@alliance/contracts/membership';
import { ApiProblem } from './problem-details';
import { createValidationPipe } from './validation';

const pipe = createValidationPipe();
const asBody = { type: 'body' as const, metatype: ApplyForMembershipDto, data: undefined };

async function fieldsOf(value: unknown) {
  try {
    await pipe.transform(value, asBody);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiProblem);
    return (error as ApiProblem).errors;
  }
  throw new Error('expected a validation problem');
}

const valid = {
  name: '咿薇托育',
  creditCode: '91110000802100433B',
  kind: 'childcare_centre',
  ownership: 'state_owned',
  districtCode: 'gaoxin',
  address: '成都市高新区',
  contacts: [{ name: '王园长', role: '园长', phone: '13812345678' }],
  licensedPlaces: 100,
  affordablePlaces: 80,
};

describe('validation pipe (contract DTOs)', () => {
  it('accepts a valid body', async () => {
    await expect(pipe.transform(valid, asBody)).resolves.toBeInstanceOf(ApplyForMembershipDto);
  });

  it('names nested failing fields with their path', async () => {
    const fields = await fieldsOf({ ...valid, contacts: [{ name: '王园长', role: '园长', phone: '12345' }] });
    expect(fields).toEqual([
      { field: 'contacts.0.phone', reasons: [expect.stringContaining('mainland mobile')] },
    ]);
  });

  it('refuses unknown fields rather than dropping them', async () => {
    expect(await fieldsOf({ ...valid, colour: 'red' })).toEqual([
      { field: 'colour', reasons: ['property colour should not exist'] },
    ]);
  });

  it('refuses a body that is not a JSON object', async () => {
    for (const body of [[valid], 'text', 42, null, undefined]) {
      expect((await fieldsOf(body))[0].field).toBe('body');
    }
  });

  it('reports affordable places above licensed places on the right field', async () => {
    const fields = await fieldsOf({ ...valid, affordablePlaces: 101 });
    expect(fields.map((f) => f.field)).toEqual(['affordablePlaces']);
  });
});
