import { maskPersonName } from './masking';

describe('maskPersonName', () => {
  it.each([
    ['张三明', '张*明'],
    ['张明', '张*'],
    ['欧阳振华', '欧*华'.replace('*', '**')],
    ['李', '*'],
    ['Wang Li', 'W*****i'],
  ])('%s → %s', (name, masked) => {
    expect(maskPersonName(name)).toBe(masked);
  });
});
