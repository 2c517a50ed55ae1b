import { Injectable, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { FieldError } from '@alliance/contracts';
import { dtoSchema } from '../openapi/contract-schemas';
import { flattenValidationErrors, validationProblem } from './validation';

type Query = Record<string, unknown>;

/** Distinct accepted queries kept per route; the oldest goes first (cursors and search texts vary). */
const MAX_ACCEPTED = 500;

/** A copy of the same class: a handler may add to its query object, and that must not reach the next request. */
function copyOf<T extends object>(instance: T): T {
  return Object.assign(Object.create(Object.getPrototypeOf(instance) as object) as T, instance);
}

/**
 * Validates a query string against a contract DTO. Query values are strings, so booleans and
 * integers are converted as the DTO's generated schema says (never `"false"` → true); a parameter
 * given twice is refused. `rename` maps DTO property → HTTP parameter name, both ways, so errors name
 * the parameter the client sent.
 */
@Injectable()
export class ContractQueryPipe<T extends object> implements PipeTransform<Query, T> {
  private readonly types: Record<string, string | undefined>;
  private readonly toProperty: Record<string, string>;
  /**
   * Queries already validated, by their exact parameters: validation is a pure function of them, and
   * class-transformer plus class-validator on every request cost ~3 % of the gateway's CPU for the
   * handful of queries clients repeat (`limit=50`, no parameters at all). Only accepted queries are
   * kept; a refused one is validated (and refused) again each time.
   */
  private readonly accepted = new Map<string, T>();

  constructor(
    private readonly dto: new () => T,
    private readonly rename: Partial<Record<keyof T, string>> = {},
  ) {
    const schema = dtoSchema(dto);
    this.types = Object.fromEntries(
      Object.entries(schema.properties ?? {}).map(([k, v]) => [k, (v as { type?: string }).type]),
    );
    this.toProperty = Object.fromEntries(
      Object.entries(rename).map(([property, param]) => [param as string, property]),
    );
  }

  transform(query: Query): T {
    const key = JSON.stringify(query ?? {});
    const known = this.accepted.get(key);
    if (known) return copyOf(known);
    const instance = this.validate(query);
    if (this.accepted.size >= MAX_ACCEPTED) this.accepted.delete(this.accepted.keys().next().value as string);
    this.accepted.set(key, copyOf(instance));
    return instance;
  }

  private validate(query: Query): T {
    const plain: Query = {};
    const errors: FieldError[] = [];
    for (const [param, raw] of Object.entries(query ?? {})) {
      // A DTO name that has an HTTP alias is not accepted under its DTO name: one name per parameter.
      // The marker makes it an unknown property (refused) whose error still names what was sent.
      const property = this.toProperty[param] ?? (param in this.rename ? `\u0000${param}` : param);
      if (Array.isArray(raw) || (typeof raw === 'object' && raw !== null)) {
        errors.push({ field: param, reasons: [`${param} must be given once, as a plain value`] });
        continue;
      }
      plain[property] = this.convert(property, raw as string);
    }
    if (errors.length) throw validationProblem(errors);
    const instance = plainToInstance(this.dto, plain);
    const failures = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
    if (failures.length) {
      throw validationProblem(
        flattenValidationErrors(failures).map((e) => ({
          field: this.paramOf(e.field),
          reasons: e.reasons.map((r) => r.replace(e.field, this.paramOf(e.field))),
        })),
      );
    }
    return instance;
  }

  private paramOf(property: string): string {
    if (property.startsWith('\u0000')) return property.slice(1);
    return (this.rename as Record<string, string | undefined>)[property] ?? property;
  }

  private convert(property: string, raw: string): unknown {
    switch (this.types[property]) {
      case 'boolean':
        return raw === 'true' ? true : raw === 'false' ? false : raw;
      case 'integer':
      case 'number':
        return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
      default:
        return raw;
    }
  }
}
