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
import { formatDateTime } from '../../lib/time';
import { PLACE_REQUEST_STATUSES, PLACE_REQUEST_TONES, type PlaceRequest } from './labels';

type Side = 'mine' | 'incoming';
type Dialog = { kind: 'cancel' | 'reject'; request: PlaceRequest } | null;

/** Requests for places by the month: a member's own, and those for the places it offers to decide. */
export default function PlaceRequestsPage() {
  const { t, tx } = useI18n();
  const { account } = useSession();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const own = account?.organisationId ?? undefined;
  const [side, setSide] = useState<Side>('mine');
  const [status, setStatus] = useState<PlaceRequest['status'] | undefined>();
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const [dialog, setDialog] = useState<Dialog>(null);

  const scope = own ? (side === 'mine' ? { organisationId: own } : { ownerOrganisationId: own }) : {};
  const requests = useQuery({
    queryKey: ['place-requests', scope, status, cursor],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/place-requests', { params: { query: { ...scope, status, cursor, limit: 50 } } }),
      ),
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['place-requests'] });
  const approve = useMutation({
    mutationFn: (r: PlaceRequest) =>
      unwrap(
        api.POST('/api/v1/place-requests/{id}/approve', {
          params: { path: { id: r.id } },
          body: { expectedVersion: r.version },
        }),
      ),
    onSuccess: () => (message.success(t('bookings.approved')), void refresh()),
    onError: () => void refresh(),
  });
  const isOwner = (r: PlaceRequest) => account?.role === 'alliance_admin' || r.ownerOrganisationId === own;
  const isRequester = (r: PlaceRequest) => account?.role === 'alliance_admin' || r.organisationId === own;

  return (
    <>
      <Typography.Title level={2}>{t('places.title')}</Typography.Title>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          {own && (
            <Segmented<Side>
              aria-label={t('bookings.side')}
              value={side}
              onChange={(v) => (setSide(v), setCursors([undefined]))}
              options={[
                { value: 'mine', label: t('places.mine') },
                { value: 'incoming', label: t('places.incoming') },
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
            options={PLACE_REQUEST_STATUSES.map((s) => ({ value: s, label: tx(`placeRequest.status.${s}`) }))}
          />
        </Space>
        {requests.error instanceof ApiError && <ProblemAlert problem={requests.error.problem} />}
        {approve.error instanceof ApiError && <ProblemAlert problem={approve.error.problem} />}
        <Table<PlaceRequest>
          rowKey="id"
          loading={requests.isFetching}
          dataSource={requests.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyText>{t('places.empty')}</EmptyText> }}
          columns={[
            { title: t('resources.name'), dataIndex: 'resourceTitle' },
            { title: t('places.by'), dataIndex: 'organisationName', render: (n: string | null) => n ?? '—' },
            { title: t('places.quantity'), dataIndex: 'quantity', align: 'right' },
            { title: t('places.months'), render: (_, r) => `${r.fromMonth} – ${r.toMonth}` },
            { title: t('resources.purpose'), dataIndex: 'purpose' },
            {
              title: t('places.requestedAt'),
              dataIndex: 'createdAt',
              render: (d: string) => formatDateTime(d),
            },
            {
              title: t('bookings.status'),
              dataIndex: 'status',
              render: (s: PlaceRequest['status'], r) => (
                <StatusTag tone={PLACE_REQUEST_TONES[s]}>
                  {tx(`placeRequest.status.${s}`)}
                  {r.cancellationReason || r.decisionNote
                    ? ` · ${r.cancellationReason ?? r.decisionNote}`
                    : ''}
                </StatusTag>
              ),
            },
            {
              title: t('table.actions'),
              render: (_, r) => (
                <Space wrap>
                  {r.status === 'requested' && isOwner(r) && can(account, 'placeRequest.approve') && (
                    <Button size="small" type="primary" onClick={() => approve.mutate(r)}>
                      {t('bookings.approve')}
                    </Button>
                  )}
                  {r.status === 'requested' && isOwner(r) && can(account, 'placeRequest.reject') && (
                    <Button size="small" danger onClick={() => setDialog({ kind: 'reject', request: r })}>
                      {t('bookings.reject')}
                    </Button>
                  )}
                  {(r.status === 'requested' || r.status === 'approved') &&
                    (isRequester(r) || isOwner(r)) &&
                    can(account, 'placeRequest.cancel') && (
                      <Button size="small" onClick={() => setDialog({ kind: 'cancel', request: r })}>
                        {t('places.cancel')}
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
            disabled={!requests.data?.nextCursor}
            onClick={() => setCursors([...cursors, requests.data?.nextCursor ?? undefined])}
          >
            {t('paging.next')}
          </Button>
        </Space>
      </Card>
      <ReasonDialog
        open={dialog !== null}
        title={
          dialog
            ? `${dialog.kind === 'cancel' ? t('places.cancel') : t('bookings.reject')} · ${dialog.request.resourceTitle}`
            : ''
        }
        okText={dialog?.kind === 'reject' ? t('bookings.reject') : t('places.cancel')}
        required
        danger
        onCancel={() => setDialog(null)}
        onSubmit={async (reason) => {
          if (!dialog) return;
          const params = { path: { id: dialog.request.id } };
          const body = { expectedVersion: dialog.request.version, reason: reason ?? '' };
          await unwrap(
            dialog.kind === 'cancel'
              ? api.POST('/api/v1/place-requests/{id}/cancel', { params, body })
              : api.POST('/api/v1/place-requests/{id}/reject', { params, body }),
          );
          setDialog(null);
          message.success(t('form.saved'));
          await refresh();
        }}
      />
    </>
  );
}
