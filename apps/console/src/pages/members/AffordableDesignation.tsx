import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Space, Typography } from 'antd';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can, canOpen } from '../../nav/navigation';
import { ReasonDialog } from '../../lib/ReasonDialog';
import { StatusTag, type Tone } from '../../lib/StatusTag';
import { formatDate, formatDateTime } from '../../lib/time';

type Member = Schemas['MemberView'];
const DESIGNATION_TONES: Record<Member['affordableDesignation'], Tone> = {
  designated: 'green',
  under_review: 'orange',
  revoked: 'red',
  none: 'grey',
};

/**
 * The affordable-place (普惠托位) designation: the organisation's latest grades from compliance, the review a
 * failed audit opened, and the admins' decision to keep or revoke it, with a reason.
 */
export function AffordableDesignationCard({ member: m }: { member: Member }) {
  const { t, tx } = useI18n();
  const { account, role } = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [deciding, setDeciding] = useState<'keep' | 'revoke' | null>(null);
  const compliance = useQuery({
    queryKey: ['compliance', 'organisation', m.id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/compliance/organisations/{id}', { params: { path: { id: m.id } } })),
    enabled: can(account, 'compliance.organisation', m.id),
    // The grades complete the picture; without the compliance service the designation still shows.
    retry: false,
  });
  const review = m.affordableDesignationReview;
  const open = review !== null && review.decision === null;

  return (
    <Card title={t('designation.title')} style={{ marginBottom: 16 }}>
      <Space wrap style={{ marginBottom: 12 }}>
        <StatusTag tone={DESIGNATION_TONES[m.affordableDesignation]} testId="affordable-designation">
          {tx(`designation.status.${m.affordableDesignation}`)}
        </StatusTag>
        <span>{t('designation.places', { places: m.affordablePlaces })}</span>
      </Space>
      {compliance.error instanceof ApiError && (
        <Typography.Paragraph type="secondary">{t('designation.gradesUnavailable')}</Typography.Paragraph>
      )}
      {compliance.data && (
        <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('designation.grades')}>
            {compliance.data.latestGrades.length ? (
              <Space wrap size={4}>
                {compliance.data.latestGrades.map((g) => (
                  <StatusTag
                    key={g.standardId}
                    tone={g.grade === 'fail' || g.grade === 'D' ? 'red' : 'green'}
                  >
                    {`${g.standardCode} · ${g.grade} · ${g.score} · ${formatDate(g.submittedAt)}`}
                  </StatusTag>
                ))}
              </Space>
            ) : (
              t('designation.noGrades')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('designation.actions')}>
            {t('designation.actionsValue', {
              open: compliance.data.openActions,
              overdue: compliance.data.overdueActions,
            })}
          </Descriptions.Item>
        </Descriptions>
      )}
      {review && (
        <Descriptions
          title={open ? t('designation.openReview') : t('designation.lastReview')}
          column={{ xs: 1, md: 2 }}
          size="small"
        >
          <Descriptions.Item label={t('designation.audit')}>
            {canOpen(role, 'audit') ? (
              <Link to={`/audits/${review.auditId}`}>{`${review.standardCode} · ${review.grade}`}</Link>
            ) : (
              `${review.standardCode} · ${review.grade}`
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('designation.openedAt')}>
            {formatDateTime(review.openedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('designation.placesThen')}>{review.affordablePlaces}</Descriptions.Item>
          {review.decision && (
            <Descriptions.Item label={t('designation.decision')}>
              {`${tx(`designation.decision.${review.decision}`)} · ${review.reason ?? ''} · ${formatDateTime(review.decidedAt)}`}
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
      {open && can(account, 'member.affordableDecision') && (
        <Space wrap style={{ marginTop: 8 }}>
          <Button type="primary" onClick={() => setDeciding('keep')}>
            {t('designation.keep')}
          </Button>
          <Button danger onClick={() => setDeciding('revoke')}>
            {t('designation.revoke')}
          </Button>
        </Space>
      )}
      {!open && !review && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('designation.noReview')}
        </Typography.Paragraph>
      )}
      <ReasonDialog
        open={deciding !== null}
        title={deciding ? `${t(`designation.${deciding}`)} · ${m.name}` : ''}
        okText={deciding ? t(`designation.${deciding}`) : ''}
        required
        danger={deciding === 'revoke'}
        label={deciding === 'revoke' ? t('designation.revokeReason') : t('designation.keepReason')}
        onCancel={() => setDeciding(null)}
        onSubmit={async (reason) => {
          if (!deciding) return;
          try {
            await unwrap(
              api.POST('/api/v1/members/{id}/affordable-designation/decision', {
                params: { path: { id: m.id } },
                body: { decision: deciding, reason: reason ?? '', expectedVersion: m.version },
              }),
            );
          } catch (error) {
            // Changed meanwhile: the page shows the organisation as it is now, the dialog says why nothing happened.
            if (error instanceof ApiError && error.code === 'VERSION_CONFLICT')
              void queryClient.invalidateQueries({ queryKey: ['member', m.id] });
            throw error;
          }
          setDeciding(null);
          message.success(t('form.saved'));
          await Promise.all([
            queryClient.invalidateQueries({ queryKey: ['member', m.id] }),
            queryClient.invalidateQueries({ queryKey: ['members'] }),
          ]);
        }}
      />
    </Card>
  );
}
