import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Button, Card, Form, Input, Result, Typography } from 'antd';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { formatDateTime } from '../../lib/time';

/**
 * Where a scanned QR code leads: signs the account in for the meeting at once (a sign-in is recorded once;
 * the code expires within minutes). Without a code in the address, one can be typed.
 */
export default function MeetingSignInPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useI18n();
  const [done, setDone] = useState<Schemas['SignIn'] | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const tried = useRef(false);

  async function signIn(code: string) {
    setBusy(true);
    setProblem(null);
    try {
      setDone(
        await unwrap(api.POST('/api/v1/meetings/{id}/sign-in', { params: { path: { id } }, body: { code } })),
      );
    } catch (e) {
      if (e instanceof ApiError) setProblem(e);
      else throw e;
    } finally {
      setBusy(false);
    }
  }

  const scanned = params.get('code');
  useEffect(() => {
    // Once per visit: React's development double effects must not sign in twice (the second would be a 409).
    if (scanned && !tried.current) {
      tried.current = true;
      void signIn(scanned);
    }
  }, [scanned]);

  return (
    <>
      <Typography.Title level={2}>{t('meetings.signInTitle')}</Typography.Title>
      <Card>
        {done ? (
          <Result
            status="success"
            title={<span data-testid="signed-in">{t('meetings.signedIn')}</span>}
            subTitle={formatDateTime(done.signedInAt)}
            extra={<Link to={`/meetings/${id}`}>{t('meetings.toMeeting')}</Link>}
          />
        ) : (
          <>
            {problem && <ProblemAlert problem={problem.problem} />}
            <Form<{ code: string }> layout="inline" onFinish={(v) => signIn(v.code.trim())}>
              <Form.Item
                name="code"
                label={t('meetings.code')}
                initialValue={scanned ?? undefined}
                rules={[{ required: true, whitespace: true, message: t('form.required') }]}
              >
                <Input style={{ width: 320 }} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy}>
                {t('meetings.signIn')}
              </Button>
            </Form>
          </>
        )}
      </Card>
    </>
  );
}
