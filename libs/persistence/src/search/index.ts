export * from './search-terms';
export * from './search-terms-sql';
export * from './search-condition';
export * from './search-postings-sql';
