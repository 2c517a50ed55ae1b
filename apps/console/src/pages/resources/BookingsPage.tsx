import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Segmented, Select, Space, Table, Typography } from 'antd';
import { api, ApiError, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { ReasonDialog } from '../../lib/ReasonDialog';
import { EmptyText, StatusTag } from '../../lib/StatusTag';
import { formatDateTime, formatTime } from '../../lib/time';
import { BOOKING_STATUSES, BOOKING_TONES, type Booking } from './labels';

type Side = 'mine' | 'incoming';
type Dialog = { kind: 'cancel' | 'reject' | 'series'; booking: Booking } | null;

/**
 * A representative's bookings of others' resources, and the requests for its own resources to decide;
 * an admin sees every booking.
 */
export default function BookingsPage() {
  const { t, tx } = useI18n();
  const { account } = useSession();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const own = account?.organisationId ?? undefined;
  const [side, setSide] = useState<Side>('mine');
  const [status, setStatus] = useState<Booking['status'] | undefined>();
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const [dialog, setDialog] = useState<Dialog>(null);

  const scope = own ? (side === 'mine' ? { organisationId: own } : { ownerOrganisationId: own }) : {};
  const bookings = useQuery({
    queryKey: ['bookings', scope, status, cursor],
    queryFn: () =>
      unwrap(api.GET('/api/v1/bookings', { params: { query: { ...scope, status, cursor, limit: 50 } } })),
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['bookings'] });

  const approve = useMutation({
    mutationFn: (b: Booking) =>
      unwrap(
        api.POST('/api/v1/bookings/{id}/approve', {
          params: { path: { id: b.id } },
          body: { expectedVersion: b.version },
        }),
      ),
    onSuccess: () => (message.success(t('bookings.approved')), void refresh()),
    onError: () => void refresh(),
  });

  // After the slot, the owner records whether the booker came.
  const settle = useMutation({
    mutationFn: ({ b, outcome }: { b: Booking; outcome: 'complete' | 'no-show' }) => {
      const args = { params: { path: { id: b.id } }, body: { expectedVersion: b.version } };
      return unwrap(
        outcome === 'complete'
          ? api.POST('/api/v1/bookings/{id}/complete', args)
          : api.POST('/api/v1/bookings/{id}/no-show', args),
      );
    },
    onSuccess: () => (message.success(t('form.saved')), void refresh()),
    onError: () => void refresh(),
  });
  const ended = (b: Booking) => new Date(b.endsAt).getTime() <= Date.now();
  const dialogLabel = (kind: NonNullable<Dialog>['kind']) =>
    kind === 'cancel' ? t('bookings.cancel') : kind === 'reject' ? t('bookings.reject') : t('series.cancel');
  const isOwner = (b: Booking) => account?.role === 'alliance_admin' || b.ownerOrganisationId === own;
  const isBooker = (b: Booking) =>
    account?.role === 'alliance_admin' || account?.role === 'trainer' || b.organisationId === own;

  return (
    <>
      <Typography.Title level={2}>{t('bookings.title')}</Typography.Title>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          {own && (
            <Segmented<Side>
              aria-label={t('bookings.side')}
              value={side}
              onChange={(v) => (setSide(v), setCursors([undefined]))}
              options={[
                { value: 'mine', label: t('bookings.mine') },
                { value: 'incoming', label: t('bookings.incoming') },
              ]}
            />
          )}
          <Select
            aria-label={t('bookings.status')}
            placeholder={t('bookings.status')}
            allowClear
            style={{ width: 150 }}
            value={status}
            onChange={(v) => (setStatus(v), setCursors([undefined]))}
            options={BOOKING_STATUSES.map((s) => ({ value: s, label: tx(`booking.status.${s}`) }))}
          />
        </Space>
        {bookings.error instanceof ApiError && <ProblemAlert problem={bookings.error.problem} />}
        {approve.error instanceof ApiError && <ProblemAlert problem={approve.error.problem} />}
        {settle.error instanceof ApiError && <ProblemAlert problem={settle.error.problem} />}
        <Table<Booking>
          rowKey="id"
          loading={bookings.isFetching}
          dataSource={bookings.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyText>{t('bookings.empty')}</EmptyText> }}
          columns={[
            { title: t('resources.name'), dataIndex: 'resourceTitle' },
            {
              title: t('bookings.when'),
              render: (_, b) => `${formatDateTime(b.startsAt)}–${formatTime(b.endsAt)}`,
            },
            {
              title: t('bookings.by'),
              dataIndex: 'organisationName',
              render: (n: string | null) => n ?? '—',
            },
            {
              title: t('resources.purpose'),
              dataIndex: 'purpose',
              render: (p: string, b) => (b.seriesId ? `${p} · ${t('series.weeklyTag')}` : p),
            },
            { title: t('resources.headcount'), dataIndex: 'headcount', align: 'right' },
            {
              title: t('bookings.status'),
              dataIndex: 'status',
              render: (s: Booking['status'], b) => (
                <StatusTag tone={BOOKING_TONES[s]}>
                  {tx(`booking.status.${s}`)}
                  {b.cancellationReason || b.decisionNote
                    ? ` · ${b.cancellationReason ?? b.decisionNote}`
                    : ''}
                </StatusTag>
              ),
            },
            {
              title: t('table.actions'),
              render: (_, b) => (
                <Space wrap>
                  {b.status === 'requested' && isOwner(b) && can(account, 'booking.approve') && (
                    <Button size="small" type="primary" onClick={() => approve.mutate(b)}>
                      {t('bookings.approve')}
                    </Button>
                  )}
                  {b.status === 'requested' && isOwner(b) && can(account, 'booking.reject') && (
                    <Button size="small" danger onClick={() => setDialog({ kind: 'reject', booking: b })}>
                      {t('bookings.reject')}
                    </Button>
                  )}
                  {(b.status === 'requested' || b.status === 'approved') &&
                    (isBooker(b) || isOwner(b)) &&
                    can(account, 'booking.cancel') && (
                      <Button size="small" onClick={() => setDialog({ kind: 'cancel', booking: b })}>
                        {t('bookings.cancel')}
                      </Button>
                    )}
                  {b.status === 'approved' && ended(b) && isOwner(b) && can(account, 'booking.complete') && (
                    <Button size="small" onClick={() => settle.mutate({ b, outcome: 'complete' })}>
                      {t('bookings.complete')}
                    </Button>
                  )}
                  {b.status === 'approved' && ended(b) && isOwner(b) && can(account, 'booking.noShow') && (
                    <Button size="small" danger onClick={() => settle.mutate({ b, outcome: 'no-show' })}>
                      {t('bookings.noShow')}
                    </Button>
                  )}
                  {b.seriesId &&
                    (b.status === 'requested' || b.status === 'approved') &&
                    isBooker(b) &&
                    can(account, 'bookingSeries.cancel') && (
                      <Button size="small" onClick={() => setDialog({ kind: 'series', booking: b })}>
                        {t('series.cancel')}
                      </Button>
                    )}
                </Space>
              ),
            },
          ]}
        />
        <Space style={{ marginTop: 16 }}>
          <Button disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('paging.previous')}
          </Button>
          <Button
            disabled={!bookings.data?.nextCursor}
            onClick={() => setCursors([...cursors, bookings.data?.nextCursor ?? undefined])}
          >
            {t('paging.next')}
          </Button>
        </Space>
      </Card>
      <ReasonDialog
        open={dialog !== null}
        title={dialog ? `${dialogLabel(dialog.kind)} · ${dialog.booking.resourceTitle}` : ''}
        okText={dialog ? dialogLabel(dialog.kind) : ''}
        required
        danger
        onCancel={() => setDialog(null)}
        onSubmit={async (reason) => {
          if (!dialog) return;
          if (dialog.kind === 'series') {
            const done = await unwrap(
              api.POST('/api/v1/booking-series/{id}/cancel', {
                params: { path: { id: dialog.booking.seriesId ?? '' } },
                body: { reason: reason ?? '' },
              }),
            );
            setDialog(null);
            message.success(t('series.cancelled', { count: done.cancelled.length }));
            await refresh();
            return;
          }
          const params = { path: { id: dialog.booking.id } };
          const body = { expectedVersion: dialog.booking.version, reason: reason ?? '' };
          await unwrap(
            dialog.kind === 'cancel'
              ? api.POST('/api/v1/bookings/{id}/cancel', { params, body })
              : api.POST('/api/v1/bookings/{id}/reject', { params, body }),
          );
          setDialog(null);
          message.success(t('form.saved'));
          await refresh();
        }}
      />
    </>
  );
}
