import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Input, Select, Space, Table, Typography } from 'antd';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { useDistricts } from '../../api/queries';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { canOpen } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { EmptyText, StatusTag } from '../../lib/StatusTag';
import { formatDate } from '../../lib/time';
import { KINDS, STATUSES, STATUS_COLOURS, type Member } from './labels';

const PAGE_SIZE = 20;
type Row = Schemas['MemberPage']['items'][number];

/** Members with filters (kept in the address, so back and reload keep them), Chinese search and cursor pages. */
export default function MembersPage() {
  const { t, tx } = useI18n();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const filters = {
    q: params.get('q') ?? undefined,
    status: (params.get('status') as Member['status'] | null) ?? undefined,
    kind: (params.get('kind') as Member['kind'] | null) ?? undefined,
    district: params.get('district') ?? undefined,
  };
  // The cursors of the pages before this one, to go back; the address keeps the current one.
  const [previous, setPrevious] = useState<(string | undefined)[]>([]);
  const cursor = params.get('cursor') ?? undefined;
  const districts = useDistricts();
  const [search, setSearch] = useState(filters.q ?? '');

  const page = useQuery({
    queryKey: ['members', filters, cursor],
    queryFn: () =>
      unwrap(api.GET('/api/v1/members', { params: { query: { ...filters, cursor, limit: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });

  function setFilter(name: string, value: string | undefined) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('cursor');
    setPrevious([]);
    setParams(next);
  }

  function goTo(nextCursor: string | undefined, back: boolean) {
    const next = new URLSearchParams(params);
    if (nextCursor) next.set('cursor', nextCursor);
    else next.delete('cursor');
    setPrevious(back ? previous.slice(0, -1) : [...previous, cursor]);
    setParams(next);
  }

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{t('members.title')}</Typography.Title>
        {canOpen(session.role, 'apply') && (
          <Link to="/members/apply">
            <Button type="primary">{t('members.apply')}</Button>
          </Link>
        )}
      </Space>
      <Card>
        <Space wrap style={{ marginBottom: 16 }} role="search">
          <Input.Search
            aria-label={t('members.search')}
            placeholder={t('members.searchPlaceholder')}
            allowClear
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(value) => setFilter('q', value.trim() || undefined)}
            style={{ width: 260 }}
            enterButton={t('members.searchButton')}
          />
          <Select
            aria-label={t('member.status')}
            placeholder={t('member.status')}
            allowClear
            style={{ width: 140 }}
            value={filters.status}
            onChange={(v) => setFilter('status', v)}
            options={STATUSES.map((s) => ({ value: s, label: tx(`member.status.${s}`) }))}
          />
          <Select
            aria-label={t('member.kind')}
            placeholder={t('member.kind')}
            allowClear
            style={{ width: 200 }}
            value={filters.kind}
            onChange={(v) => setFilter('kind', v)}
            options={KINDS.map((k) => ({ value: k, label: tx(`member.kind.${k}`) }))}
          />
          <Select
            aria-label={t('member.district')}
            placeholder={t('member.district')}
            allowClear
            style={{ width: 160 }}
            value={filters.district}
            onChange={(v) => setFilter('district', v)}
            options={(districts.data ?? []).map((d) => ({ value: d.code, label: d.name }))}
          />
        </Space>
        {page.error instanceof ApiError && <ProblemAlert problem={page.error.problem} />}
        <Table<Row>
          rowKey="id"
          loading={page.isFetching}
          dataSource={page.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyText>{t('members.empty')}</EmptyText> }}
          columns={[
            {
              title: t('member.name'),
              dataIndex: 'name',
              render: (name: string, m) => <Link to={`/members/${m.id}`}>{name}</Link>,
            },
            { title: t('member.district'), dataIndex: 'districtName' },
            { title: t('member.kind'), dataIndex: 'kind', render: (k: string) => tx(`member.kind.${k}`) },
            {
              title: t('member.status'),
              dataIndex: 'status',
              render: (s: Member['status']) => (
                <StatusTag tone={STATUS_COLOURS[s]}>{tx(`member.status.${s}`)}</StatusTag>
              ),
            },
            { title: t('member.licensedPlaces'), dataIndex: 'licensedPlaces', align: 'right' },
            { title: t('member.affordablePlaces'), dataIndex: 'affordablePlaces', align: 'right' },
            { title: t('member.appliedAt'), dataIndex: 'appliedAt', render: (d: string) => formatDate(d) },
          ]}
        />
        <Space style={{ marginTop: 16 }}>
          <Button disabled={previous.length === 0} onClick={() => goTo(previous[previous.length - 1], true)}>
            {t('paging.previous')}
          </Button>
          <Button
            disabled={!page.data?.nextCursor}
            onClick={() => goTo(page.data?.nextCursor ?? undefined, false)}
          >
            {t('paging.next')}
          </Button>
        </Space>
      </Card>
    </>
  );
}
