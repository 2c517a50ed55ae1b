import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ListWorkingGroupsDto, NameWorkingGroupChairDto } from './working-group.dto';

function failing<T extends object>(cls: new () => T, body: object): string[] {
  return validateSync(plainToInstance(cls, body), { whitelist: true, forbidNonWhitelisted: true }).map(
    (e) => e.property,
  );
}

describe('working-group DTOs', () => {
  const id = '6f1c1c8e-6a43-4c59-9f43-3b1b8b3c0c11';

  it('name a chair by group id, the version read and an organisation id', () => {
    expect(failing(NameWorkingGroupChairDto, { id, expectedVersion: 2, organisationId: id })).toEqual([]);
    expect(failing(NameWorkingGroupChairDto, { id, expectedVersion: 2 })).toEqual(['organisationId']);
    expect(failing(NameWorkingGroupChairDto, { id, expectedVersion: 0, organisationId: 'x' }).sort()).toEqual(
      ['expectedVersion', 'organisationId'],
    );
  });

  it('filter the list by whether a group needs a chair, as a boolean', () => {
    expect(failing(ListWorkingGroupsDto, { needsChair: true })).toEqual([]);
    expect(failing(ListWorkingGroupsDto, { needsChair: false, status: 'all' })).toEqual([]);
    expect(failing(ListWorkingGroupsDto, { needsChair: 'yes' })).toEqual(['needsChair']);
  });
});
