import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import {
  AuditOutlined,
  ApartmentOutlined,
  BarChartOutlined,
  BookOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  EyeOutlined,
  FlagOutlined,
  NotificationOutlined,
  PrinterOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { Role } from './api/auth';
import { ADMINS, ALL_ROLES, WRITERS } from './lib/roles';

/**
 * THE table of the console's pages: the side menu, the router and the role checks are all built
 * from it (layout/ConsoleLayout.tsx, App.tsx). To add a page: write it in pages/, then add or
 * change its entry here. An entry whose page is not built yet has `page: 'soon'` and shows the
 * 建设中 placeholder; replace that with the page's lazy import.
 */
export interface PageEntry {
  /** The path under /console/ (no leading slash). */
  path: string;
  title: string;
  icon?: ReactNode;
  /** Roles that see the menu entry and may open the page. */
  roles: readonly Role[];
  page: LazyExoticComponent<ComponentType> | 'soon';
}

export interface LinkEntry {
  /** A page outside the console (opened in a new tab). */
  href: string;
  title: string;
  icon?: ReactNode;
  roles: readonly Role[];
}

export interface GroupEntry {
  /** A menu group; its pages keep their own paths. */
  group: string;
  title: string;
  icon?: ReactNode;
  children: PageEntry[];
}

export type MenuEntry = PageEntry | LinkEntry | GroupEntry;

const page = (load: () => Promise<{ default: ComponentType }>) => lazy(load);

export const HOME_PATH = 'dashboard';

export const MENU: MenuEntry[] = [
  { path: 'dashboard', title: '工作台', icon: <DashboardOutlined />, roles: ALL_ROLES, page: page(() => import('./pages/DashboardPage')) },
  {
    group: 'people',
    title: '人员',
    icon: <TeamOutlined />,
    children: [
      { path: 'people/instructors', title: '学员', roles: ALL_ROLES, page: page(() => import('./pages/InstructorsPage')) },
      { path: 'people/enterprises', title: '企业', roles: ALL_ROLES, page: page(() => import('./pages/EnterprisesPage')) },
      { path: 'people/contacts', title: '联系人', roles: ALL_ROLES, page: page(() => import('./pages/ContactsPage')) },
    ],
  },
  { path: 'import', title: '导入', icon: <CloudUploadOutlined />, roles: WRITERS, page: page(() => import('./pages/ImportPage')) },
  { path: 'bind-codes', title: '绑定码打印', icon: <PrinterOutlined />, roles: ADMINS, page: page(() => import('./pages/BindCodesPage')) },
  { path: 'courses', title: '课程与题库', icon: <BookOutlined />, roles: ALL_ROLES, page: page(() => import('./pages/CoursesPage')) },
  { path: 'campaigns', title: '创建活动', icon: <FlagOutlined />, roles: ALL_ROLES, page: page(() => import('./pages/CampaignsPage')) },
  { path: 'broadcasts', title: '宣传推送', icon: <NotificationOutlined />, roles: ALL_ROLES, page: page(() => import('./pages/BroadcastsPage')) },
  { path: 'certificates', title: '证书', icon: <SafetyCertificateOutlined />, roles: ALL_ROLES, page: page(() => import('./pages/CertificatesPage')) },
  { path: 'integrity', title: '学习诚信', icon: <EyeOutlined />, roles: ALL_ROLES, page: page(() => import('./pages/IntegrityPage')) },
  { path: 'organisation', title: '人员与机构', icon: <ApartmentOutlined />, roles: ADMINS, page: page(() => import('./pages/OrganisationPage')) },
  { path: 'audit', title: '审计日志', icon: <AuditOutlined />, roles: ALL_ROLES, page: page(() => import('./pages/AuditPage')) },
  { path: 'reports', title: '报表', icon: <BarChartOutlined />, roles: ALL_ROLES, page: page(() => import('./pages/ReportsPage')) },
  { href: '/admin/queues', title: '队列', icon: <UnorderedListOutlined />, roles: ADMINS },
];

export const isGroup = (e: MenuEntry): e is GroupEntry => 'group' in e;
export const isLink = (e: MenuEntry): e is LinkEntry => 'href' in e;

/** Every page, groups flattened. */
export const PAGES: PageEntry[] = MENU.flatMap((e) => (isGroup(e) ? e.children : isLink(e) ? [] : [e]));

export const pageFor = (pathname: string): PageEntry | undefined => PAGES.find((p) => pathname === `/${p.path}` || pathname.startsWith(`/${p.path}/`));
