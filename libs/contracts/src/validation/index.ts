export * from './not-blank';
export * from './not-greater-than';
export * from './phone-number';
export * from './unified-social-credit-code';
export * from './resident-id';
