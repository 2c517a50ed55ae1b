import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { validationProblem } from './validation';

/** Path ids are UUIDs; anything else is a 400 naming the parameter, not a 404 or a 500 from the database. */
@Injectable()
export class UuidParam implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (isUUID(value)) return value;
    const field = metadata.data ?? 'id';
    throw validationProblem([{ field, reasons: [`${field} must be a UUID`] }]);
  }
}
