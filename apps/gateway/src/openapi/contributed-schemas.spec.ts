import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ContributesSchemas, contributedSchemas } from './contributed-schemas';

@ContributesSchemas({ Course: { type: 'object' } })
@Module({})
class TrainingGatewayModule {}

@ContributesSchemas({ Audit: { type: 'object' } })
@Module({})
class ComplianceGatewayModule {}

@ContributesSchemas({ Course: { type: 'string' } })
@Module({})
class ClashingGatewayModule {}

async function schemasOf(...imports: Array<new () => object>) {
  @Module({ imports })
  class Root {}
  const app = await NestFactory.createApplicationContext(Root, { logger: false });
  try {
    return contributedSchemas(app, { ProblemDetails: {} });
  } finally {
    await app.close();
  }
}

describe('contributedSchemas', () => {
  it('gathers the schemas of every module that contributes some', async () => {
    expect(await schemasOf(TrainingGatewayModule, ComplianceGatewayModule)).toEqual({
      Course: { type: 'object' },
      Audit: { type: 'object' },
    });
  });

  it('refuses a schema name used twice, or one the gateway itself uses', async () => {
    await expect(schemasOf(TrainingGatewayModule, ClashingGatewayModule)).rejects.toThrow(/Course/);
    @ContributesSchemas({ ProblemDetails: { type: 'object' } })
    @Module({})
    class Shadowing {}
    await expect(schemasOf(Shadowing)).rejects.toThrow(/ProblemDetails/);
  });
});
