import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { App, Button, Card, Empty, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { deleteContact, getEnterprise, listContacts, listEnterprises, reissueContactCode, type Contact, type Enterprise } from '../api/people';
import { createContact, type NewContact } from '../api/people-write';
import { useMe } from '../auth/AuthContext';
import { ErrorState } from '../components/PageState';
import { errorMessage } from '../lib/errors';
import { canWrite, isAdmin } from '../lib/roles';
import { useRequest } from '../lib/use-request';

/** Picks an enterprise of my subtree by name or credit code (searched on the server). */
function EnterprisePicker({ value, onChange }: { value?: string; onChange: (id: string | undefined, e?: Enterprise) => void }) {
  const [q, setQ] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setDebounced(q.trim()), 300);
    return () => clearTimeout(t);
  }, [q]);
  const found = useRequest((signal) => listEnterprises({ q: debounced || undefined, pageSize: 20 }, signal), [debounced]);
  // The chosen one (from a link) may not be among the first results: read it so its name shows.
  const chosen = useRequest((signal) => (value ? getEnterprise(value, signal) : Promise.resolve(undefined)), [value]);
  const items = [...(found.data?.items ?? [])];
  if (chosen.data && !items.some((e) => e.id === chosen.data?.id)) items.unshift(chosen.data);
  return (
    <Select
      showSearch
      allowClear
      value={value}
      placeholder="搜索并选择企业（名称或信用代码）"
      filterOption={false}
      onSearch={setQ}
      onChange={(id: string | undefined) => onChange(id, items.find((e) => e.id === id))}
      loading={found.loading}
      notFoundContent={found.loading ? '搜索中…' : found.error ? errorMessage(found.error) : '没有符合条件的企业'}
      options={items.map((e) => ({ value: e.id, label: `${e.name}（${e.creditCode}）` }))}
      style={{ width: 420 }}
      aria-label="选择企业"
    />
  );
}

/** 联系人: an enterprise's contacts (the API lists them per enterprise). */
export default function ContactsPage() {
  const { role } = useMe();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const enterpriseId = params.get('enterpriseId') ?? undefined;
  const [adding, setAdding] = useState(false);
  const contacts = useRequest((signal) => (enterpriseId ? listContacts(enterpriseId, signal) : Promise.resolve({ items: [] as Contact[] })), [enterpriseId]);

  const act = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what();
      message.success(done);
      contacts.reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const columns = [
    { title: '姓名', dataIndex: 'name', key: 'name' },
    { title: '手机号', dataIndex: 'phone', key: 'phone', render: (v: string) => <span className="phone">{v}</span> },
    { title: '职务', dataIndex: 'role', key: 'role', render: (v: string) => v || '—' },
    { title: '微信绑定', dataIndex: 'bound', key: 'bound', render: (v: boolean) => (v ? <Tag color="green">已绑定</Tag> : <Tag>未绑定</Tag>) },
    ...(canWrite(role)
      ? [
          { title: '绑定码', dataIndex: 'bindCode', key: 'bindCode', render: (v?: string) => (v ? <Typography.Text code>{v}</Typography.Text> : '—') },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, c: Contact) => (
              <Space size="small">
                {isAdmin(role) && (
                  <Popconfirm title="重发绑定码？" description="旧绑定码将立即失效。" onConfirm={() => act(() => reissueContactCode(c.enterpriseId, c.id), `已为 ${c.name} 重发绑定码`)} okText="重发" cancelText="取消">
                    <Button size="small">重发绑定码</Button>
                  </Popconfirm>
                )}
                <Popconfirm title={`删除联系人 ${c.name}？`} onConfirm={() => act(() => deleteContact(c.enterpriseId, c.id), `已删除联系人 ${c.name}`)} okText="删除" okButtonProps={{ danger: true }} cancelText="取消">
                  <Button size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card>
      <div className="toolbar">
        <EnterprisePicker value={enterpriseId} onChange={(id) => setParams(id ? { enterpriseId: id } : {})} />
        {canWrite(role) && enterpriseId && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} style={{ marginLeft: 'auto' }}>
            新增联系人
          </Button>
        )}
      </div>
      {!enterpriseId ? (
        <Empty description="请先选择一家企业，查看其联系人" />
      ) : contacts.error ? (
        <ErrorState error={contacts.error} onRetry={contacts.reload} />
      ) : (
        <Table<Contact> rowKey="id" columns={columns} dataSource={contacts.data?.items ?? []} loading={contacts.loading} locale={{ emptyText: '该企业暂无联系人' }} pagination={false} />
      )}
      {adding && enterpriseId && (
        <AddContact
          enterpriseId={enterpriseId}
          onClose={(created) => {
            setAdding(false);
            if (created) contacts.reload();
          }}
        />
      )}
    </Card>
  );
}

function AddContact({ enterpriseId, onClose }: { enterpriseId: string; onClose: (created: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<NewContact>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      const created = await createContact(enterpriseId, values);
      message.success(`已新增联系人 ${created.name}`);
      onClose(true);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title="新增联系人" okText="保存" cancelText="取消" onOk={() => void save()} confirmLoading={saving} onCancel={() => onClose(false)} destroyOnClose>
      <Form form={form} layout="vertical">
        <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }, { max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label="手机号" rules={[{ required: true, message: '请输入手机号' }, { pattern: /^1[3-9]\d{9}$/, message: '手机号应为11位中国大陆手机号' }]}>
          <Input inputMode="numeric" maxLength={11} />
        </Form.Item>
        <Form.Item name="role" label="职务" rules={[{ max: 40 }]}>
          <Input placeholder="如 工会主席" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
