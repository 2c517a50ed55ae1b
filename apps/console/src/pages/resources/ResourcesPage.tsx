import { useState } from 'react';
import { useNavigate } from 'react-router';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { api, ApiError, unwrap } from '../../api/client';
import { useDistricts } from '../../api/queries';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { OrganisationSelect } from '../../lib/OrganisationSelect';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { ReasonDialog } from '../../lib/ReasonDialog';
import { EmptyText } from '../../lib/StatusTag';
import { ALLIANCE_TIME_ZONE } from '../../lib/time';
import { useProblemForm } from '../../lib/use-problem-form';
import { AvailabilityDialog } from './AvailabilityDialog';
import { RESOURCE_KINDS, type BookingSeries, type Resource } from './labels';
import { OfferResourceDialog } from './OfferResourceDialog';
import { PlaceRequestDialog } from './PlaceRequestDialog';
import { isTimed } from './resource-form';
import { SeriesOutcomeDialog } from './SeriesOutcomeDialog';

interface BookingFields {
  organisationId?: string;
  date: string;
  starts: string;
  ends: string;
  purpose: string;
  headcount: number;
  /** Weekly on the same weekday and time, until this date (the gateway books each date it can). */
  weekly?: boolean;
  until?: string;
}

const instant = (date: string, time: string) => dayjs.tz(`${date} ${time}`, ALLIANCE_TIME_ZONE).toISOString();

/** Venues, experts and equipment the members share, and booking one for a time. */
export default function ResourcesPage() {
  const { t, tx } = useI18n();
  const { account } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const districts = useDistricts();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<Resource['kind'] | undefined>();
  const [districtCode, setDistrictCode] = useState<string | undefined>();
  const [booking, setBooking] = useState<Resource | null>(null);
  const [offering, setOffering] = useState(false);
  const [watching, setWatching] = useState<Resource | null>(null);
  const [placing, setPlacing] = useState<Resource | null>(null);
  const [withdrawing, setWithdrawing] = useState<Resource | null>(null);
  const [series, setSeries] = useState<BookingSeries | null>(null);
  const [form] = Form.useForm<BookingFields>();
  const problems = useProblemForm(form);
  const weekly = Form.useWatch('weekly', form);

  const resources = useQuery({
    queryKey: ['resources', q, kind, districtCode],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/resources', {
          params: { query: { kind, districtCode, status: 'listed', limit: 100, ...(q ? { q } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const districtName = (code: string) => districts.data?.find((d) => d.code === code)?.name ?? code;

  const request = useMutation({
    mutationFn: async (v: BookingFields) => {
      const body = {
        resourceId: booking?.id ?? '',
        organisationId: account?.organisationId ?? v.organisationId ?? '',
        startsAt: instant(v.date, v.starts),
        endsAt: instant(v.date, v.ends),
        purpose: v.purpose.trim(),
        headcount: v.headcount,
      };
      if (v.weekly && v.until)
        return {
          series: await unwrap(api.POST('/api/v1/bookings/series', { body: { ...body, until: v.until } })),
        };
      return { booking: await unwrap(api.POST('/api/v1/bookings', { body })) };
    },
    onSuccess: (outcome) => {
      setBooking(null);
      void queryClient.invalidateQueries({ queryKey: ['bookings'] });
      if (outcome.series) {
        // Each date has its own outcome; the booker reads them before going on.
        setSeries(outcome.series);
        return;
      }
      message.success(
        outcome.booking?.status === 'approved' ? t('resources.booked') : t('resources.awaitingApproval'),
      );
      navigate('/bookings');
    },
    onError: (error) => {
      // The gateway names startsAt/endsAt; this form has a date and two times.
      if (error instanceof ApiError) {
        const fields = (error.problem.errors ?? []).map((e) => ({
          ...e,
          field: e.field === 'startsAt' ? 'starts' : e.field === 'endsAt' ? 'ends' : e.field,
        }));
        problems.show(new ApiError({ ...error.problem, errors: fields }));
      } else problems.show(error);
    },
  });

  return (
    <>
      <Typography.Title level={2}>{t('resources.title')}</Typography.Title>
      <Card
        extra={
          can(account, 'resource.offer') && (
            <Button type="primary" onClick={() => setOffering(true)}>
              {t('resources.offer')}
            </Button>
          )
        }
      >
        <Space wrap style={{ marginBottom: 16 }} role="search">
          <Input.Search
            aria-label={t('resources.search')}
            placeholder={t('resources.search')}
            allowClear
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(value) => setQ(value.trim())}
            style={{ width: 240 }}
            enterButton={t('members.searchButton')}
          />
          <Select
            aria-label={t('resources.kind')}
            placeholder={t('resources.kind')}
            allowClear
            style={{ width: 150 }}
            value={kind}
            onChange={setKind}
            options={RESOURCE_KINDS.map((k) => ({ value: k, label: tx(`resource.kind.${k}`) }))}
          />
          <Select
            aria-label={t('member.district')}
            placeholder={t('member.district')}
            allowClear
            style={{ width: 150 }}
            value={districtCode}
            onChange={setDistrictCode}
            options={(districts.data ?? []).map((d) => ({ value: d.code, label: d.name }))}
          />
        </Space>
        {resources.error instanceof ApiError && <ProblemAlert problem={resources.error.problem} />}
        <Table<Resource>
          rowKey="id"
          loading={resources.isFetching}
          dataSource={resources.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyText>{t('resources.empty')}</EmptyText> }}
          expandable={{
            expandedRowRender: (r) => (
              <Space orientation="vertical">
                {r.description && <span>{r.description}</span>}
                <span>
                  {t('resources.openingHours')}:{' '}
                  {r.openingHours.length
                    ? r.openingHours
                        .map((h) => `${tx(`weekday.${h.weekday}`)} ${h.opens}–${h.closes}`)
                        .join('；')
                    : t('resources.anyTime')}
                </span>
                <span>
                  {t('resources.approval')}: {tx(`resource.approval.${r.policy.approval}`)}
                  {r.policy.minNoticeMinutes
                    ? ` · ${t('resources.notice', { minutes: r.policy.minNoticeMinutes })}`
                    : ''}
                </span>
                {r.blackouts.length > 0 && (
                  <span>
                    {t('resources.blackouts')}: {r.blackouts.map((b) => `${b.from}–${b.to}`).join('；')}
                  </span>
                )}
              </Space>
            ),
          }}
          columns={[
            { title: t('resources.name'), dataIndex: 'title' },
            {
              title: t('resources.kind'),
              dataIndex: 'kind',
              render: (k: string) => tx(`resource.kind.${k}`),
            },
            {
              title: t('resources.owner'),
              dataIndex: 'ownerOrganisationName',
              render: (n: string | null) => n ?? '—',
            },
            {
              title: t('member.district'),
              dataIndex: 'districtCode',
              render: (c: string) => districtName(c),
            },
            { title: t('resources.address'), dataIndex: 'address', render: (a: string | null) => a ?? '—' },
            { title: t('resources.capacity'), dataIndex: 'capacity', align: 'right' },
            {
              title: t('table.actions'),
              render: (_, r) => {
                const owner =
                  account?.role === 'alliance_admin' || r.ownerOrganisationId === account?.organisationId;
                const other = r.ownerOrganisationId !== account?.organisationId;
                return (
                  <Space wrap>
                    {isTimed(r.kind) && (
                      <Button size="small" onClick={() => setWatching(r)}>
                        {t('resources.availability')}
                      </Button>
                    )}
                    {can(account, 'booking.request') && isTimed(r.kind) && other && (
                      <Button size="small" type="primary" onClick={() => (problems.clear(), setBooking(r))}>
                        {t('resources.book')}
                      </Button>
                    )}
                    {can(account, 'placeRequest.request') && r.kind === 'places' && other && (
                      <Button size="small" type="primary" onClick={() => setPlacing(r)}>
                        {t('places.request')}
                      </Button>
                    )}
                    {can(account, 'resource.withdraw') && owner && (
                      <Button size="small" danger onClick={() => setWithdrawing(r)}>
                        {t('resources.withdraw')}
                      </Button>
                    )}
                  </Space>
                );
              },
            },
          ]}
        />
      </Card>
      <Modal
        open={booking !== null}
        title={booking ? `${t('resources.book')} · ${booking.title}` : ''}
        okText={t('resources.bookSubmit')}
        cancelText={t('form.cancel')}
        okButtonProps={{ loading: request.isPending }}
        onCancel={() => setBooking(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <ProblemAlert problem={problems.problem} />
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ starts: '09:00', ends: '11:00', headcount: 10 }}
          onFinish={(v) => (problems.clear(), request.mutate(v))}
        >
          {!account?.organisationId && (
            <Form.Item
              name="organisationId"
              label={t('resources.forOrganisation')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <OrganisationSelect />
            </Form.Item>
          )}
          <Form.Item
            name="date"
            label={t('resources.date')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input type="date" />
          </Form.Item>
          <Space wrap>
            <Form.Item
              name="starts"
              label={t('sessions.startsAt')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Input type="time" />
            </Form.Item>
            <Form.Item
              name="ends"
              label={t('sessions.endsAt')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Input type="time" />
            </Form.Item>
          </Space>
          <Form.Item name="weekly" valuePropName="checked">
            <Checkbox>{t('series.weekly')}</Checkbox>
          </Form.Item>
          {weekly && (
            <Form.Item
              name="until"
              label={t('series.until')}
              dependencies={['date']}
              extra={t('series.untilHint')}
              rules={[
                { required: true, message: t('form.required') },
                ({ getFieldValue }) => ({
                  validator: (_, value?: string) =>
                    value && getFieldValue('date') && value <= getFieldValue('date')
                      ? Promise.reject(new Error(t('series.untilAfterDate')))
                      : Promise.resolve(),
                }),
              ]}
            >
              <Input type="date" />
            </Form.Item>
          )}
          <Form.Item
            name="purpose"
            label={t('resources.purpose')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="headcount"
            label={t('resources.headcount')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <InputNumber min={1} max={1000} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
      <OfferResourceDialog open={offering} onClose={() => setOffering(false)} />
      <AvailabilityDialog resource={watching} onClose={() => setWatching(null)} />
      <PlaceRequestDialog resource={placing} onClose={() => setPlacing(null)} />
      <SeriesOutcomeDialog series={series} onClose={() => (setSeries(null), navigate('/bookings'))} />
      <ReasonDialog
        open={withdrawing !== null}
        title={withdrawing ? `${t('resources.withdraw')} · ${withdrawing.title}` : ''}
        okText={t('resources.withdraw')}
        required
        danger
        onCancel={() => setWithdrawing(null)}
        onSubmit={async (reason) => {
          if (!withdrawing) return;
          await unwrap(
            api.POST('/api/v1/resources/{id}/withdraw', {
              params: { path: { id: withdrawing.id } },
              body: { reason: reason ?? '', expectedVersion: withdrawing.version },
            }),
          );
          setWithdrawing(null);
          message.success(t('resources.withdrawn'));
          await queryClient.invalidateQueries({ queryKey: ['resources'] });
        }}
      />
    </>
  );
}
