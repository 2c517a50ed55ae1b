import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, List, Modal, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { api, ApiError, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { EmptyText, StatusTag } from '../../lib/StatusTag';
import { ALLIANCE_TIME_ZONE, formatTime, inAlliance } from '../../lib/time';
import { BOOKING_TONES, type Resource } from './labels';
import { addDays, mondayOf } from './resource-form';

// Only bookings that hold the slot tell whether it is free.
const HOLDING = new Set(['requested', 'approved', 'completed']);

/** A resource's week, day by day: its opening hours and the bookings that take its time. */
export function AvailabilityDialog(props: { resource: Resource | null; onClose(): void }) {
  const { t, tx } = useI18n();
  const { account } = useSession();
  const today = dayjs().tz(ALLIANCE_TIME_ZONE).format('YYYY-MM-DD');
  const [monday, setMonday] = useState(mondayOf(today));
  const resource = props.resource;
  const from = dayjs.tz(`${monday} 00:00`, ALLIANCE_TIME_ZONE).toISOString();
  const to = dayjs.tz(`${addDays(monday, 7)} 00:00`, ALLIANCE_TIME_ZONE).toISOString();

  const bookings = useQuery({
    queryKey: ['bookings', 'week', resource?.id, monday],
    enabled: !!resource,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/bookings', {
          params: { query: { resourceId: resource?.id, from, to, limit: 100 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const held = (bookings.data?.items ?? []).filter((b) => HOLDING.has(b.status));

  return (
    <Modal
      open={resource !== null}
      title={resource ? `${t('resources.availability')} · ${resource.title}` : ''}
      footer={null}
      onCancel={props.onClose}
      destroyOnHidden
      width={640}
    >
      <Space style={{ marginBottom: 12 }} wrap>
        <Button onClick={() => setMonday(addDays(monday, -7))}>{t('resources.previousWeek')}</Button>
        <Button onClick={() => setMonday(mondayOf(today))}>{t('resources.thisWeek')}</Button>
        <Button onClick={() => setMonday(addDays(monday, 7))}>{t('resources.nextWeek')}</Button>
        <Typography.Text strong>
          {monday} – {addDays(monday, 6)}
        </Typography.Text>
      </Space>
      {/* A representative reads only its own organisation's bookings of another member's resource. */}
      {account?.role === 'member_rep' &&
        resource &&
        resource.ownerOrganisationId !== account.organisationId && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('resources.availabilityOwnOnly')}
          />
        )}
      {bookings.error instanceof ApiError && <ProblemAlert problem={bookings.error.problem} />}
      <List
        loading={bookings.isFetching}
        dataSource={days}
        renderItem={(day, index) => {
          const hours = (resource?.openingHours ?? []).filter((h) => h.weekday === index + 1);
          const closed = (resource?.blackouts ?? []).some((b) => b.from <= day && day <= b.to);
          const onDay = held.filter((b) => inAlliance(b.startsAt).format('YYYY-MM-DD') === day);
          return (
            <List.Item>
              <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                <Typography.Text strong>
                  {day} {tx(`weekday.${index + 1}`)}
                  {' · '}
                  {closed
                    ? t('resources.closedDay')
                    : resource?.openingHours.length
                      ? hours.length
                        ? hours.map((h) => `${h.opens}–${h.closes}`).join('，')
                        : t('resources.closedDay')
                      : t('resources.anyTime')}
                </Typography.Text>
                {onDay.length === 0 ? (
                  <EmptyText>{t('resources.noBookingsThatDay')}</EmptyText>
                ) : (
                  onDay.map((b) => (
                    <span key={b.id}>
                      {formatTime(b.startsAt)}–{formatTime(b.endsAt)} {b.organisationName ?? ''}{' '}
                      <StatusTag tone={BOOKING_TONES[b.status]}>{tx(`booking.status.${b.status}`)}</StatusTag>
                    </span>
                  ))
                )}
              </Space>
            </List.Item>
          );
        }}
      />
    </Modal>
  );
}
