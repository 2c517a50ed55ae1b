import { ServiceModule, type ServiceConfig } from '@alliance/messaging';
import { Module, type DynamicModule } from '@nestjs/common';
import { XlsxExportService } from './export/xlsx-export.service';
import { DashboardRpcController } from './figures/dashboard.rpc-controller';
import { FiguresService } from './figures/figures.service';
import { dashboardMigrations } from './migrations';
import { PopulationService } from './population/population.service';
import { ComplianceFiguresHandler } from './projection/compliance-figures.handler';
import { MembershipFiguresHandler } from './projection/membership-figures.handler';
import { ResourcesFiguresHandler } from './projection/resources-figures.handler';
import { TrainingFiguresHandler } from './projection/training-figures.handler';
import { RebuildService } from './rebuild/rebuild.service';

export const DASHBOARD_SERVICE = 'dashboard';

/**
 * The alliance dashboard: a read model of the four contexts' events (one durable consumer per stream),
 * served to admins and viewers, exportable to Excel, rebuildable from the streams. It publishes nothing.
 */
@Module({})
export class DashboardModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: DashboardModule,
      imports: [
        ServiceModule.forRoot({
          config,
          entities: [],
          migrations: dashboardMigrations,
          publishes: [],
          controllers: [DashboardRpcController],
          providers: [
            MembershipFiguresHandler,
            TrainingFiguresHandler,
            ComplianceFiguresHandler,
            ResourcesFiguresHandler,
            FiguresService,
            XlsxExportService,
            PopulationService,
            RebuildService,
          ],
        }),
      ],
    };
  }
}
