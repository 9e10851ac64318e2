import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tabs, Tag, Tree } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { createOffice, createStaff, listStaff, updateStaff, type NewOffice, type NewStaff, type OfficeLevel, type StaffMember } from '../api/admin';
import type { Role } from '../api/auth';
import { useMe } from '../auth/AuthContext';
import { OfficeSelect } from '../components/OfficeSelect';
import { ErrorState, PageState } from '../components/PageState';
import { errorMessage } from '../lib/errors';
import { OFFICE_LEVEL_NAMES, officeTree, useOffices, type OfficeNode } from '../lib/offices';
import { ROLE_COLORS, ROLE_NAMES } from '../lib/roles';
import { useRequest } from '../lib/use-request';

/** 人员与机构 (admins): the staff accounts and the office tree of my subtree. */
export default function OrganisationPage() {
  return (
    <Card>
      <Tabs
        items={[
          { key: 'staff', label: '工作人员', children: <StaffTab /> },
          { key: 'offices', label: '机构', children: <OfficesTab /> },
        ]}
      />
    </Card>
  );
}

function StaffTab() {
  const { me } = useMe();
  const { message } = App.useApp();
  const { byId } = useOffices();
  const list = useRequest((signal) => listStaff(signal), []);
  const [adding, setAdding] = useState(false);

  const setActive = async (s: StaffMember, active: boolean) => {
    try {
      await updateStaff(s.id, { active });
      message.success(active ? `已启用 ${s.name}` : `已停用 ${s.name}`);
      list.reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <>
      <div className="toolbar">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} style={{ marginLeft: 'auto' }}>
          新建账号
        </Button>
      </div>
      {list.error ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : (
        <Table<StaffMember>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: '暂无工作人员' }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: '用户名', dataIndex: 'username', key: 'username' },
            { title: '姓名', dataIndex: 'name', key: 'name' },
            { title: '角色', dataIndex: 'role', key: 'role', render: (r: Role) => <Tag color={ROLE_COLORS[r]}>{ROLE_NAMES[r]}</Tag> },
            { title: '所属和创办', dataIndex: 'officeId', key: 'office', render: (v: string) => byId.get(v)?.name ?? '—' },
            { title: '状态', dataIndex: 'active', key: 'active', render: (v: boolean) => (v ? <Tag color="green">在用</Tag> : <Tag>已停用</Tag>) },
            {
              title: '操作',
              key: 'actions',
              render: (_: unknown, s: StaffMember) =>
                s.id === me.staff.id ? (
                  <Tag>本人</Tag>
                ) : s.active ? (
                  <Popconfirm title={`停用 ${s.name} 的账号？`} description="停用后该账号立即不能登录。" onConfirm={() => setActive(s, false)} okText="停用" okButtonProps={{ danger: true }} cancelText="取消">
                    <Button size="small" danger>
                      停用
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button size="small" onClick={() => void setActive(s, true)}>
                    启用
                  </Button>
                ),
            },
          ]}
        />
      )}
      {adding && (
        <AddStaff
          onClose={(created) => {
            setAdding(false);
            if (created) list.reload();
          }}
        />
      )}
    </>
  );
}

function AddStaff({ onClose }: { onClose: (created: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<NewStaff>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      const created = await createStaff(values);
      message.success(`已新建账号 ${created.username}`);
      onClose(true);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title="新建工作人员账号" okText="创建" cancelText="取消" onOk={() => void save()} confirmLoading={saving} onCancel={() => onClose(false)} destroyOnClose>
      <Form form={form} layout="vertical" initialValues={{ role: 'editor' }}>
        <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }, { pattern: /^[A-Za-z0-9_.-]{3,64}$/, message: '3–64 位字母、数字或 _ . -' }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }, { max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="role" label="角色" rules={[{ required: true }]}>
          <Select options={(Object.keys(ROLE_NAMES) as Role[]).map((r) => ({ value: r, label: ROLE_NAMES[r] }))} />
        </Form.Item>
        <Form.Item name="officeId" label="所属和创办" rules={[{ required: true, message: '请选择所属和创办' }]}>
          <OfficeSelect allowClear={false} />
        </Form.Item>
        <Form.Item name="password" label="初始密码" rules={[{ required: true, message: '请输入初始密码' }, { min: 10, message: '至少 10 位' }, { max: 200 }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface TreeItem {
  key: string;
  title: React.ReactNode;
  children: TreeItem[];
}

function OfficesTab() {
  const { offices, loading, refresh } = useOffices();
  const [adding, setAdding] = useState(false);
  const render = (nodes: OfficeNode[]): TreeItem[] =>
    nodes.map((n) => ({
      key: n.key,
      title: (
        <Space size={6}>
          <span>{n.office.name}</span>
          <Tag>{OFFICE_LEVEL_NAMES[n.office.level]}</Tag>
          <span className="stat-target">{n.office.code}</span>
        </Space>
      ),
      children: render(n.children),
    }));
  return (
    <>
      <div className="toolbar">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} style={{ marginLeft: 'auto' }}>
          新建下级机构
        </Button>
      </div>
      <PageState loading={loading} error={undefined} empty={!offices.length} emptyText="暂无机构">
        <Tree treeData={render(officeTree(offices))} defaultExpandAll showLine selectable={false} />
      </PageState>
      {adding && (
        <AddOffice
          onClose={(created) => {
            setAdding(false);
            if (created) refresh();
          }}
        />
      )}
    </>
  );
}

function AddOffice({ onClose }: { onClose: (created: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<NewOffice>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      const created = await createOffice(values);
      message.success(`已新建机构 ${created.name}`);
      onClose(true);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title="新建下级机构" okText="创建" cancelText="取消" onOk={() => void save()} confirmLoading={saving} onCancel={() => onClose(false)} destroyOnClose>
      <Form form={form} layout="vertical" initialValues={{ level: 'town' }}>
        <Form.Item name="parentId" label="上级机构" rules={[{ required: true, message: '请选择上级机构' }]}>
          <OfficeSelect allowClear={false} placeholder="上级机构" />
        </Form.Item>
        <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请输入名称' }, { max: 60 }]}>
          <Input placeholder="如 南门街道和创办" />
        </Form.Item>
        <Form.Item name="code" label="代码" rules={[{ required: true, message: '请输入代码' }, { pattern: /^[A-Za-z0-9-]{2,32}$/, message: '2–32 位字母、数字或 -' }]} extra="导入名单时以此代码指明所属机构，如 NB-HS-NM">
          <Input />
        </Form.Item>
        <Form.Item name="level" label="层级" rules={[{ required: true }]}>
          <Select options={(Object.keys(OFFICE_LEVEL_NAMES) as OfficeLevel[]).map((l) => ({ value: l, label: OFFICE_LEVEL_NAMES[l] }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
