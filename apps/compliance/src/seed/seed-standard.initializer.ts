import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { StandardEntity } from '../standard/standard.entity';
import { StandardService } from '../standard/standard.service';
import { SEED_STANDARD } from './seed-standard';

/**
 * On the first start (no edition of the seed code yet) the alliance's quality standard is created and
 * published (before the consumers and the RPC server start, so an admission waiting on the stream finds it),
 * through the same code as an admin's, so `standard.published` is announced. Two instances starting
 * together take turns on an advisory lock; the second finds it there.
 */
@Injectable()
export class SeedStandardInitializer implements OnModuleInit {
  private readonly logger = new Logger('SeedStandard');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(StandardService) private readonly standards: StandardService,
  ) {}

  async onModuleInit(): Promise<void> {
    if (process.env.COMPLIANCE_SEED_STANDARD === 'off') return;
    const loaded = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.seed-standard'))`);
      if (await manager.existsBy(StandardEntity, { code: SEED_STANDARD.code })) return false;
      const id = await this.standards.insertEdition(manager, SEED_STANDARD.code, 1, null, SEED_STANDARD);
      const standard = await manager.findOneByOrFail(StandardEntity, { id });
      await this.standards.publishLocked(manager, standard, {
        correlationId: `seed-${id}`,
        causationId: null,
        actor: SYSTEM_ACTOR,
      });
      return true;
    });
    if (loaded) this.logger.log(`seed standard ${SEED_STANDARD.code} published (7 areas, 1000 points)`);
  }
}
