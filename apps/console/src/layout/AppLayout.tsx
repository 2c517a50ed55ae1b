import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { Badge, Button, Layout, Menu, Space, Spin, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { MENU_GROUPS, menuFor } from '../nav/navigation';
import { LanguageSwitch } from './LanguageSwitch';

const { Header, Sider, Content } = Layout;

/** How many open tasks wait for the account, for the to-do entry's badge ("99+" past a page of them). */
function useTaskCount(enabled: boolean): number {
  const tasks = useQuery({
    queryKey: ['tasks', 'count'],
    queryFn: () => unwrap(api.GET('/api/v1/me/tasks', { params: { query: { limit: 100 } } })),
    enabled,
    refetchInterval: 60_000,
    // A count in the menu: the next minute's refresh is soon enough after a failure.
    retry: false,
    select: (page) => (page.nextCursor ? 100 : page.items.length),
  });
  return tasks.data ?? 0;
}

export function AppLayout() {
  const { account, role, signOut } = useSession();
  const { t, tx } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const items = menuFor(role);
  const taskCount = useTaskCount(items.some((a) => a.key === 'tasks'));
  // The deepest area whose path starts the current location.
  const selected = [...items]
    .sort((a, b) => b.path.length - a.path.length)
    .find((a) => (a.path === '/' ? location.pathname === '/' : location.pathname.startsWith(a.path)));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider breakpoint="lg" collapsedWidth={0} collapsed={collapsed} onCollapse={setCollapsed} theme="light">
        <div style={{ padding: '16px 20px', fontWeight: 600, fontSize: 16 }}>{t('app.name')}</div>
        <nav aria-label={t('nav.label')}>
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected.key] : []}
            items={MENU_GROUPS.map((group) => ({
              group,
              areas: items.filter((area) => area.group === group),
            }))
              .filter(({ areas }) => areas.length > 0)
              .map(({ group, areas }) => ({
                type: 'group' as const,
                key: `group-${group}`,
                label: tx(`nav.group.${group}`),
                children: areas.map((area) => ({
                  key: area.key,
                  label:
                    area.key === 'tasks' ? (
                      <Link to={area.path}>
                        <Space size={6}>
                          {tx(area.label)}
                          <Badge count={taskCount} overflowCount={99} data-testid="task-count" />
                        </Space>
                      </Link>
                    ) : (
                      <Link to={area.path}>{tx(area.label)}</Link>
                    ),
                })),
              }))}
            onClick={() => window.innerWidth < 992 && setCollapsed(true)}
          />
        </nav>
      </Sider>
      <Layout>
        <Header
          style={{
            background: '#fff',
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
            gap: 16,
            paddingInline: 16,
          }}
        >
          <Space wrap>
            <LanguageSwitch />
            <Typography.Text data-testid="current-user">
              {account?.username} · {tx(`role.${role}`)}
            </Typography.Text>
            <Button
              onClick={() => {
                signOut();
                navigate('/login');
              }}
            >
              {t('auth.logout')}
            </Button>
          </Space>
        </Header>
        <Content style={{ margin: 16 }}>
          <main>
            <Suspense
              fallback={
                <div style={{ padding: 48, textAlign: 'center' }}>
                  <Spin />
                </div>
              }
            >
              <Outlet />
            </Suspense>
          </main>
        </Content>
      </Layout>
    </Layout>
  );
}
