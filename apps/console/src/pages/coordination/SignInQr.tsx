import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import qrcode from 'qrcode-generator';
import { Card, Typography } from 'antd';
import { api, ApiError, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { formatTime } from '../../lib/time';

/** The console page a scanned code opens: it signs the scanning account in for the meeting. */
export function signInUrl(meetingId: string, code: string): string {
  return `${window.location.origin}/meetings/${meetingId}/sign-in?code=${encodeURIComponent(code)}`;
}

/** The organiser's rotating sign-in code as a QR image, fetched again when the service says it changes. */
export function SignInQr({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  const code = useQuery({
    queryKey: ['meetings', meetingId, 'sign-in-code'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/meetings/{id}/sign-in-code', { params: { path: { id: meetingId } } })),
    staleTime: 0,
    refetchInterval: (query) => {
      const refreshAt = query.state.data?.refreshAt;
      // A new code every minute; never later than that, never a busy loop.
      return refreshAt ? Math.min(60_000, Math.max(5_000, Date.parse(refreshAt) - Date.now())) : 60_000;
    },
  });
  const url = code.data ? signInUrl(meetingId, code.data.code) : null;
  const image = useMemo(() => {
    if (!url) return null;
    const qr = qrcode(0, 'M');
    qr.addData(url);
    qr.make();
    return qr.createDataURL(6, 4);
  }, [url]);

  return (
    <Card title={t('meetings.signInCode')} data-testid="sign-in-qr">
      {code.error instanceof ApiError && <ProblemAlert problem={code.error.problem} />}
      {image && url && (
        <>
          <img
            src={image}
            alt={t('meetings.qrAlt')}
            style={{ width: 260, height: 260, imageRendering: 'pixelated' }}
          />
          <Typography.Paragraph type="secondary">
            {t('meetings.codeValidUntil', { time: formatTime(code.data?.expiresAt) })}
          </Typography.Paragraph>
          <Typography.Paragraph
            copyable={{ text: url }}
            data-testid="sign-in-url"
            style={{ wordBreak: 'break-all' }}
          >
            {url}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}
