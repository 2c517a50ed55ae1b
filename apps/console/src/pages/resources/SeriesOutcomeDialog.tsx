import { Modal, Table, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n';
import { StatusTag } from '../../lib/StatusTag';
import { formatDate, formatTime } from '../../lib/time';
import { BOOKING_TONES, type BookingSeries } from './labels';

interface Row {
  key: string;
  date: string;
  time: string;
  booked: boolean;
  status?: keyof typeof BOOKING_TONES;
  reason?: string;
  message?: string;
}

/** A weekly series asked for: what became of each date — booked, waiting for the owner, or skipped and why. */
export function SeriesOutcomeDialog(props: { series: BookingSeries | null; onClose(): void }) {
  const { t, tx } = useI18n();
  const s = props.series;
  const rows: Row[] = s
    ? [
        ...s.booked.map((b) => ({
          key: b.id,
          date: formatDate(b.startsAt),
          time: `${formatTime(b.startsAt)}–${formatTime(b.endsAt)}`,
          booked: true,
          status: b.status,
        })),
        ...s.skipped.map((k) => ({
          key: `skip-${k.date}`,
          date: k.date,
          time: `${formatTime(k.startsAt)}–${formatTime(k.endsAt)}`,
          booked: false,
          reason: k.reason,
          message: k.message,
        })),
      ].sort((a, b) => a.date.localeCompare(b.date))
    : [];
  return (
    <Modal
      open={s !== null}
      title={t('series.outcome')}
      onCancel={props.onClose}
      onOk={props.onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      destroyOnHidden
    >
      {s && (
        <Typography.Paragraph>
          {t('series.summary', { booked: s.booked.length, skipped: s.skipped.length })}
        </Typography.Paragraph>
      )}
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('resources.date'), dataIndex: 'date' },
          { title: t('bookings.when'), dataIndex: 'time' },
          {
            title: t('series.result'),
            render: (_, r) =>
              r.booked && r.status ? (
                <StatusTag tone={BOOKING_TONES[r.status]}>{tx(`booking.status.${r.status}`)}</StatusTag>
              ) : (
                <span title={r.message}>
                  <StatusTag tone="orange">{tx(`series.skip.${r.reason}`)}</StatusTag>
                </span>
              ),
          },
        ]}
      />
    </Modal>
  );
}
