import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { CreateNoticeDto } from '@alliance/contracts/coordination';
import { audienceOf, type AudienceValues } from '../src/pages/coordination/audience-values';

/** The notice form's body as coordination validates it (the contracts' class-validator rules). */
function problems(values: AudienceValues): string[] {
  const body = plainToInstance(CreateNoticeDto, {
    title: '关于做好普惠托位申报工作的通知',
    body: '请于截止日期前签收。',
    category: 'policy',
    issuer: '成都市卫生健康委员会',
    audience: audienceOf(values),
    requiresAcknowledgement: false,
  });
  const flatten = (errors: ValidationError[], path = ''): string[] =>
    errors.flatMap((e) => [
      ...Object.keys(e.constraints ?? {}).map(() => `${path}${e.property}`),
      ...flatten(e.children ?? [], `${path}${e.property}.`),
    ]);
  return [...new Set(flatten(validateSync(body)))];
}

const ALL: Omit<AudienceValues, 'audienceKind'> = {
  districtCodes: ['jinjiang'],
  kinds: ['kindergarten'],
  workingGroupId: '0b0f3c55-3b33-4b3c-9d3e-1f3b3a6b2c11',
  organisationIds: ['5a8c7c3e-8f0e-4d8e-9d7a-2f4a5b6c7d8e'],
};

describe('the audience fields of the notice and meeting forms', () => {
  it('sends only the field its kind needs, whatever else was typed before the kind changed', () => {
    expect(audienceOf({ audienceKind: 'alliance', ...ALL })).toEqual({ kind: 'alliance' });
    expect(audienceOf({ audienceKind: 'districts', ...ALL })).toEqual({
      kind: 'districts',
      districtCodes: ['jinjiang'],
    });
    expect(audienceOf({ audienceKind: 'kinds', ...ALL })).toEqual({ kind: 'kinds', kinds: ['kindergarten'] });
    expect(audienceOf({ audienceKind: 'working_group', ...ALL })).toEqual({
      kind: 'working_group',
      workingGroupId: ALL.workingGroupId,
    });
    expect(audienceOf({ audienceKind: 'members', ...ALL })).toEqual({
      kind: 'members',
      organisationIds: ALL.organisationIds,
    });
  });

  it('builds bodies coordination accepts, and an empty choice it refuses on the audience', () => {
    for (const audienceKind of ['alliance', 'districts', 'kinds', 'working_group', 'members'] as const) {
      expect({ audienceKind, problems: problems({ audienceKind, ...ALL }) }).toEqual({
        audienceKind,
        problems: [],
      });
    }
    expect(problems({ audienceKind: 'districts' })).toEqual(['audience.districtCodes']);
    expect(problems({ audienceKind: 'members', organisationIds: [] })).toEqual(['audience.organisationIds']);
  });
});
