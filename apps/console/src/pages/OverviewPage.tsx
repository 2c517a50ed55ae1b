import { Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { useDistrictFigures } from '../api/queries';
import type { Schemas } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { ProblemAlert } from '../lib/ProblemAlert';
import { ApiError } from '../api/client';

type DistrictFigures = Schemas['DistrictFigures'];

/** Members, licensed and affordable places per district, as numbers and as bars. */
export default function OverviewPage() {
  const { t } = useI18n();
  const figures = useDistrictFigures();
  const total = figures.data?.total;
  const districts = figures.data?.districts ?? [];
  const most = Math.max(1, ...districts.map((d) => d.licensedPlaces));

  return (
    <>
      <Typography.Title level={2}>{t('overview.title')}</Typography.Title>
      {figures.error instanceof ApiError && <ProblemAlert problem={figures.error.problem} />}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('overview.admitted')} value={total?.membersByStatus.admitted ?? '—'} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('overview.applied')} value={total?.membersByStatus.applied ?? '—'} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('overview.licensedPlaces')} value={total?.licensedPlaces ?? '—'} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('overview.affordablePlaces')} value={total?.affordablePlaces ?? '—'} />
          </Card>
        </Col>
      </Row>
      <Card title={t('overview.byDistrict')}>
        <Table<DistrictFigures>
          rowKey="districtCode"
          loading={figures.isLoading}
          dataSource={districts}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            {
              title: t('member.district'),
              dataIndex: 'districtName',
              onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
            },
            {
              title: t('overview.admitted'),
              align: 'right',
              render: (_, d) => d.membersByStatus.admitted,
            },
            {
              title: t('overview.applied'),
              align: 'right',
              render: (_, d) => d.membersByStatus.applied,
            },
            {
              title: t('overview.suspended'),
              align: 'right',
              render: (_, d) => d.membersByStatus.suspended,
            },
            { title: t('overview.licensedPlaces'), dataIndex: 'licensedPlaces', align: 'right' },
            { title: t('overview.affordablePlaces'), dataIndex: 'affordablePlaces', align: 'right' },
            {
              title: t('overview.placesChart'),
              width: 220,
              render: (_, d) => (
                <div
                  role="img"
                  aria-label={t('overview.placesChartLabel', {
                    district: d.districtName,
                    licensed: d.licensedPlaces,
                    affordable: d.affordablePlaces,
                  })}
                  style={{ background: '#e8eef4', height: 14, width: '100%', borderRadius: 3 }}
                >
                  <div
                    style={{
                      background: '#7fb3d5',
                      height: 14,
                      width: `${(100 * d.licensedPlaces) / most}%`,
                      borderRadius: 3,
                    }}
                  >
                    <div
                      style={{
                        background: '#0e6ba8',
                        height: 14,
                        width: `${d.licensedPlaces ? (100 * d.affordablePlaces) / d.licensedPlaces : 0}%`,
                        borderRadius: 3,
                      }}
                    />
                  </div>
                </div>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
