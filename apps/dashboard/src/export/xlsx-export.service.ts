import {
  DashboardTable,
  XLSX_CONTENT_TYPE,
  type DashboardExportView,
  type DashboardView,
  type DistrictFiguresView,
} from '@alliance/contracts/dashboard';
import { Injectable } from '@nestjs/common';
import { Workbook } from 'exceljs';
import { FiguresService } from '../figures/figures.service';

type Cell = string | number | null;
interface Sheet {
  /** Sheet and file name (Chinese). */
  title: string;
  columns: Array<{ header: string; width: number }>;
  rows: Cell[][];
}

export const KIND_LABELS: Record<string, string> = {
  childcare_centre: '托育机构',
  kindergarten: '幼儿园（托幼一体）',
  hospital: '医院',
  maternal_child_health_institute: '妇幼保健机构',
  university: '高校',
  government_bureau: '政府部门',
  enterprise: '企业',
  other: '其他',
};

export const STATUS_LABELS: Record<string, string> = {
  applied: '申请中',
  admitted: '已加入',
  rejected: '未通过',
  suspended: '暂停',
  withdrawn: '已退出',
  expelled: '已除名',
};

export const TABLE_TITLES: Record<DashboardTable, string> = {
  overview: '概览',
  members: '成员单位',
  places: '托位',
  training: '人才培养',
  compliance: '标准督导',
  resources: '资源共享',
  all: '全部',
};

const UNKNOWN_DISTRICT = '区县待定';
const DISTRICT_COLUMNS = [
  { header: '区县', width: 14 },
  { header: '区县代码', width: 16 },
];

/** The district's name (or the alliance's, or "not yet known") and code, the first two cells of a row. */
function districtCells(v: DistrictFiguresView): Cell[] {
  if (v.alliance) return ['全联盟合计', null];
  return [v.districtName ?? (v.districtCode ? v.districtCode : UNKNOWN_DISTRICT), v.districtCode];
}

/** Every district, then the alliance's total. */
function rowsOf(view: DashboardView, cells: (v: DistrictFiguresView) => Cell[]): Cell[][] {
  return [...view.districts, view.alliance].map((v) => [...districtCells(v), ...cells(v)]);
}

function sheetsOf(view: DashboardView, table: DashboardTable): Sheet[] {
  const year = `${view.year}年`;
  const all: Record<Exclude<DashboardTable, 'all'>, () => Sheet> = {
    overview: () => ({
      title: TABLE_TITLES.overview,
      columns: [
        ...DISTRICT_COLUMNS,
        { header: '成员单位（已加入）', width: 18 },
        { header: '托位数', width: 10 },
        { header: '普惠托位数', width: 12 },
        { header: '每千名3岁以下儿童托位数', width: 24 },
        { header: `${year}受训人数`, width: 16 },
        { header: `${year}培训学时`, width: 16 },
        { header: '90天内到期证书', width: 16 },
        { header: '已完成评估', width: 12 },
        { header: '未关闭整改', width: 12 },
        { header: '逾期整改', width: 10 },
        { header: '共享资源', width: 10 },
        { header: '资源使用次数', width: 12 },
      ],
      rows: rowsOf(view, (v) => [
        v.members,
        v.licensedPlaces,
        v.affordablePlaces,
        v.licensedPlacesPer1000,
        v.staffTrained,
        v.trainingHours,
        v.certificatesExpiring,
        v.auditsDone,
        v.actionsOpen,
        v.actionsOverdue,
        v.resourcesOffered,
        v.resourcesUsed,
      ]),
    }),
    members: () => ({
      title: TABLE_TITLES.members,
      columns: [...DISTRICT_COLUMNS, { header: '单位类型', width: 18 }, { header: '状态', width: 10 }, { header: '单位数', width: 10 }],
      rows: view.membersByKindAndStatus.map((r) => [
        r.districtName ?? r.districtCode ?? UNKNOWN_DISTRICT,
        r.districtCode,
        KIND_LABELS[r.kind] ?? r.kind,
        STATUS_LABELS[r.status] ?? r.status,
        r.count,
      ]),
    }),
    places: () => ({
      title: TABLE_TITLES.places,
      columns: [
        ...DISTRICT_COLUMNS,
        { header: '成员单位（已加入）', width: 18 },
        { header: '托位数', width: 10 },
        { header: '普惠托位数', width: 12 },
        { header: '3岁以下儿童数', width: 14 },
        { header: '每千名3岁以下儿童托位数', width: 24 },
        { header: '每千名3岁以下儿童普惠托位数', width: 28 },
      ],
      rows: rowsOf(view, (v) => [
        v.members,
        v.licensedPlaces,
        v.affordablePlaces,
        v.childrenUnderThree,
        v.licensedPlacesPer1000,
        v.affordablePlacesPer1000,
      ]),
    }),
    training: () => ({
      title: TABLE_TITLES.training,
      columns: [
        ...DISTRICT_COLUMNS,
        { header: '年度', width: 8 },
        { header: '受训人数', width: 10 },
        { header: '培训学时', width: 10 },
        { header: '90天内到期证书', width: 16 },
      ],
      rows: rowsOf(view, (v) => [view.year, v.staffTrained, v.trainingHours, v.certificatesExpiring]),
    }),
    compliance: () => ({
      title: TABLE_TITLES.compliance,
      columns: [
        ...DISTRICT_COLUMNS,
        { header: '已完成评估', width: 12 },
        { header: 'A级', width: 6 },
        { header: 'B级', width: 6 },
        { header: 'C级', width: 6 },
        { header: 'D级', width: 6 },
        { header: '不合格（一票否决）', width: 18 },
        { header: '未关闭整改', width: 12 },
        { header: '逾期整改', width: 10 },
      ],
      rows: rowsOf(view, (v) => [
        v.auditsDone,
        v.grades.A,
        v.grades.B,
        v.grades.C,
        v.grades.D,
        v.grades.fail,
        v.actionsOpen,
        v.actionsOverdue,
      ]),
    }),
    resources: () => ({
      title: TABLE_TITLES.resources,
      columns: [...DISTRICT_COLUMNS, { header: '提供共享资源', width: 14 }, { header: '资源使用次数', width: 14 }],
      rows: rowsOf(view, (v) => [v.resourcesOffered, v.resourcesUsed]),
    }),
  };
  return table === DashboardTable.All ? Object.values(all).map((make) => make()) : [all[table]()];
}

/** Each table of the dashboard as an .xlsx workbook with Chinese headers, for the health bureau's reports. */
@Injectable()
export class XlsxExportService {
  constructor(private readonly figures: FiguresService) {}

  async export(table: DashboardTable, asOf?: string): Promise<DashboardExportView> {
    const view = await this.figures.figures(asOf);
    const workbook = new Workbook();
    workbook.creator = '托育联盟协作平台';
    workbook.created = new Date();
    for (const sheet of sheetsOf(view, table)) {
      const ws = workbook.addWorksheet(sheet.title, { views: [{ state: 'frozen', ySplit: 2 }] });
      ws.addRow([`${sheet.title}（统计日期 ${view.asOf}）`]).font = { bold: true };
      const header = ws.addRow(sheet.columns.map((c) => c.header));
      header.font = { bold: true };
      sheet.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
      for (const row of sheet.rows) ws.addRow(row);
      const last = ws.lastRow;
      if (last && sheet.title !== TABLE_TITLES.members) last.font = { bold: true };
    }
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    return {
      filename: `联盟看板-${TABLE_TITLES[table]}-${view.asOf}.xlsx`,
      asciiFilename: `alliance-dashboard-${table}-${view.asOf}.xlsx`,
      contentType: XLSX_CONTENT_TYPE,
      contentBase64: buffer.toString('base64'),
    };
  }
}
