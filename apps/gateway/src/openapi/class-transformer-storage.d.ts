// class-transformer ships the type of its metadata storage but no declaration for the CommonJS path
// that holds the instance; class-validator-jsonschema needs that instance to follow @Type() to nested DTOs.
declare module 'class-transformer/cjs/storage' {
  import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';
  export const defaultMetadataStorage: MetadataStorage;
}
