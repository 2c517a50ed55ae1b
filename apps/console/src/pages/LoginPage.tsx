import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { api, unwrap } from '../api/client';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { ProblemAlert } from '../lib/ProblemAlert';
import { useProblemForm } from '../lib/use-problem-form';

interface Credentials {
  username: string;
  password: string;
}
interface NewPassword {
  currentPassword: string;
  newPassword: string;
}

export default function LoginPage() {
  const { t } = useI18n();
  const { account, mustChangePassword, signIn, expired, passwordChanged } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const [form] = Form.useForm<Credentials>();
  const [passwordForm] = Form.useForm<NewPassword>();
  const login = useProblemForm(form);
  const change = useProblemForm(passwordForm);
  const [busy, setBusy] = useState(false);

  if (account && !mustChangePassword) return <Navigate to={from} replace />;

  async function submit(values: Credentials) {
    setBusy(true);
    login.clear();
    try {
      const result = await unwrap(api.POST('/api/v1/auth/login', { body: values }));
      signIn(result);
      if (!result.mustChangePassword) navigate(from, { replace: true });
    } catch (error) {
      login.show(error);
    } finally {
      setBusy(false);
    }
  }

  async function changePassword(values: NewPassword) {
    setBusy(true);
    change.clear();
    try {
      passwordChanged(await unwrap(api.POST('/api/v1/auth/password', { body: values })));
      navigate(from, { replace: true });
    } catch (error) {
      change.show(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: '#f0f4f8',
        padding: 16,
      }}
    >
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
            <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
              {t('app.name')}
            </Typography.Title>
            <LanguageSwitch />
          </div>
          {expired && <Alert type="info" showIcon title={t('auth.expired')} />}
          {mustChangePassword ? (
            <Form form={passwordForm} layout="vertical" onFinish={changePassword} requiredMark={false}>
              <Alert type="warning" showIcon title={t('auth.mustChange')} style={{ marginBottom: 16 }} />
              <ProblemAlert problem={change.problem} />
              <Form.Item
                name="currentPassword"
                label={t('auth.currentPassword')}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <Input.Password autoComplete="current-password" />
              </Form.Item>
              <Form.Item
                name="newPassword"
                label={t('auth.newPassword')}
                rules={[
                  { required: true, message: t('form.required') },
                  { min: 10, message: t('auth.newPasswordLength') },
                ]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy} block>
                {t('auth.changePassword')}
              </Button>
            </Form>
          ) : (
            <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
              <ProblemAlert problem={login.problem} />
              <Form.Item
                name="username"
                label={t('auth.username')}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <Input autoComplete="username" autoFocus />
              </Form.Item>
              <Form.Item
                name="password"
                label={t('auth.password')}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <Input.Password autoComplete="current-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy} block>
                {t('auth.login')}
              </Button>
            </Form>
          )}
        </Space>
      </Card>
    </main>
  );
}
