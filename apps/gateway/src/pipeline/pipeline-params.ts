import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ErrorCode } from '@alliance/contracts';
import { DEAD_LETTER_ID } from '@alliance/contracts/pipeline';
import { gatewayConfig } from '../config/gateway-config.module';
import { ApiProblem } from '../http/problem-details';
import { flattenValidationErrors, validationProblem } from '../http/validation';

/** `{service}` must be one the gateway forwards to (GATEWAY_SERVICES); any other is a 404, not an RPC. */
@Injectable()
export class KnownService implements PipeTransform<string, string> {
  constructor(private readonly config: ConfigService) {}

  transform(value: string): string {
    const { services } = gatewayConfig(this.config);
    if (services.includes(value)) return value;
    throw new ApiProblem(
      ErrorCode.NotFound,
      `There is no service named "${value}"; known: ${services.join(', ')}.`,
    );
  }
}

/** Dead-letter ids are positive integers (as strings); anything else is a 400 naming the parameter. */
@Injectable()
export class DeadLetterIdParam implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (DEAD_LETTER_ID.test(value)) return value;
    const field = metadata.data ?? 'id';
    throw validationProblem([{ field, reasons: [`${field} must be a dead-letter id (a positive integer)`] }]);
  }
}

/**
 * A body that may be left out entirely (no content): validated like any body when present. The global
 * pipe skips the parameter (typed `unknown`), because it refuses a missing body on DTO parameters.
 */
export class OptionalBody<T extends object> implements PipeTransform<unknown, T> {
  constructor(private readonly dto: new () => T) {}

  transform(value: unknown): T {
    const plain = value === undefined || value === null || value === '' ? {} : value;
    if (typeof plain !== 'object' || Array.isArray(plain)) {
      throw validationProblem([{ field: 'body', reasons: ['the body must be a JSON object or left out'] }]);
    }
    const instance = plainToInstance(this.dto, plain);
    const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) throw validationProblem(flattenValidationErrors(errors));
    return instance;
  }
}
