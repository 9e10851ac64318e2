import { useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { App, Button, Layout, Menu, Space, Tag, Typography, type MenuProps } from 'antd';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useMe, useAuth } from '../auth/AuthContext';
import type { Role } from '../api/auth';
import { ROLE_COLORS, ROLE_NAMES } from '../lib/roles';
import { isGroup, isLink, MENU, pageFor } from '../routes';

type Item = Required<MenuProps>['items'][number];

/** The side menu for a role: entries the role may not use are not shown at all. */
function menuItems(role: Role): Item[] {
  const items: Item[] = [];
  for (const entry of MENU) {
    if (isGroup(entry)) {
      const children = entry.children.filter((c) => c.roles.includes(role)).map((c) => ({ key: c.path, label: <Link to={`/${c.path}`}>{c.title}</Link> }));
      if (children.length) items.push({ key: entry.group, icon: entry.icon, label: entry.title, children });
    } else if (isLink(entry)) {
      if (entry.roles.includes(role)) {
        items.push({
          key: entry.href,
          icon: entry.icon,
          label: (
            <a href={entry.href} target="_blank" rel="noopener">
              {entry.title}
            </a>
          ),
        });
      }
    } else if (entry.roles.includes(role)) {
      items.push({ key: entry.path, icon: entry.icon, label: <Link to={`/${entry.path}`}>{entry.title}</Link> });
    }
  }
  return items;
}

/** Side menu by role, a header with the office, the user and the role, and the page below. */
export function ConsoleLayout() {
  const { me, role } = useMe();
  const { signOut } = useAuth();
  const { message } = App.useApp();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const current = pageFor(location.pathname);
  const items = useMemo(() => menuItems(role), [role]);
  const openGroup = MENU.find((e) => isGroup(e) && e.children.some((c) => c.path === current?.path));

  const leave = async () => {
    try {
      await signOut();
    } catch {
      message.warning('已退出本页；服务器未能确认退出，请关闭浏览器以确保安全');
    }
    navigate('/login', { replace: true });
  };

  return (
    <Layout className="console-layout">
      <Layout.Sider className="no-print" collapsible collapsed={collapsed} onCollapse={setCollapsed} width={208} theme="light">
        <div className="console-brand" title="和谐企业创建 · 和创办工作台">
          <span className="console-brand-mark">和</span>
          {!collapsed && <span className="console-brand-text">和创办工作台</span>}
        </div>
        <Menu
          mode="inline"
          items={items}
          selectedKeys={current ? [current.path] : []}
          defaultOpenKeys={openGroup && isGroup(openGroup) ? [openGroup.group] : ['people']}
          aria-label="主菜单"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="console-header no-print">
          <Typography.Text strong className="console-office" data-testid="office-name">
            {me.office.name}
          </Typography.Text>
          <Space size="middle">
            <Space size={4}>
              <UserOutlined />
              <span data-testid="staff-name">{me.staff.name}</span>
              <Tag color={ROLE_COLORS[role]} data-testid="staff-role">
                {ROLE_NAMES[role]}
              </Tag>
            </Space>
            <Button icon={<LogoutOutlined />} onClick={() => void leave()}>
              退出
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="console-content">
          {current && (
            <Typography.Title level={4} className="console-page-title no-print">
              {current.title}
            </Typography.Title>
          )}
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
