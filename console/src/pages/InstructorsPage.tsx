import { useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { listInstructors, deleteInstructor, reissueInstructorCode, type Instructor } from '../api/people';
import { createInstructor, type NewInstructor } from '../api/people-write';
import { useMe } from '../auth/AuthContext';
import { ErrorState } from '../components/PageState';
import { OfficeSelect } from '../components/OfficeSelect';
import { errorMessage } from '../lib/errors';
import { useOffices } from '../lib/offices';
import { canWrite, isAdmin } from '../lib/roles';
import { useRequest } from '../lib/use-request';

interface Filters {
  q?: string;
  officeId?: string;
  cohort?: string;
}

/** 学员: the instructors of my subtree, searched and filtered, a page at a time. Viewers see masked phones (the API masks them) and no write buttons. */
export default function InstructorsPage() {
  const { role } = useMe();
  const { message } = App.useApp();
  const { byId } = useOffices();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [adding, setAdding] = useState(false);
  const change = (next: Filters) => {
    setPage(1);
    setFilters((f) => ({ ...f, ...next }));
  };
  const list = useRequest((signal) => listInstructors({ ...filters, page, pageSize }, signal), [filters, page, pageSize]);

  const remove = async (i: Instructor) => {
    try {
      await deleteInstructor(i.id);
      message.success(`已删除学员 ${i.name}`);
      list.reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const reissue = async (i: Instructor) => {
    try {
      const { bindCode } = await reissueInstructorCode(i.id);
      message.success(`${i.name} 的新绑定码：${bindCode}（旧码已失效）`);
      list.reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const columns = [
    { title: '姓名', dataIndex: 'name', key: 'name' },
    { title: '手机号', dataIndex: 'phone', key: 'phone', render: (v: string) => <span className="phone">{v}</span> },
    { title: '工作单位', dataIndex: 'employer', key: 'employer', render: (v: string) => v || '—' },
    { title: '所属和创办', dataIndex: 'officeId', key: 'office', render: (v: string) => byId.get(v)?.name ?? '—' },
    { title: '批次', dataIndex: 'cohort', key: 'cohort', render: (v: string) => v || '—' },
    { title: '微信绑定', dataIndex: 'bound', key: 'bound', render: (v: boolean) => (v ? <Tag color="green">已绑定</Tag> : <Tag>未绑定</Tag>) },
    ...(canWrite(role)
      ? [
          { title: '绑定码', dataIndex: 'bindCode', key: 'bindCode', render: (v?: string) => (v ? <Typography.Text code>{v}</Typography.Text> : '—') },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, i: Instructor) => (
              <Space size="small">
                {isAdmin(role) && (
                  <Popconfirm title="重发绑定码？" description="旧绑定码将立即失效。" onConfirm={() => reissue(i)} okText="重发" cancelText="取消">
                    <Button size="small">重发绑定码</Button>
                  </Popconfirm>
                )}
                <Popconfirm title={`删除学员 ${i.name}？`} description="其微信绑定也将解除。" onConfirm={() => remove(i)} okText="删除" okButtonProps={{ danger: true }} cancelText="取消">
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
        <Input.Search placeholder="姓名或手机号" allowClear enterButton="搜索" onSearch={(q) => change({ q: q.trim() || undefined })} style={{ width: 260 }} aria-label="搜索学员" />
        <OfficeSelect value={filters.officeId} onChange={(officeId) => change({ officeId })} />
        <Input.Search placeholder="批次" allowClear onSearch={(c) => change({ cohort: c.trim() || undefined })} style={{ width: 160 }} aria-label="批次" />
        <Button icon={<ReloadOutlined />} onClick={list.reload}>
          刷新
        </Button>
        {canWrite(role) && (
          <Space style={{ marginLeft: 'auto' }}>
            <Link to="/import?kind=instructors">
              <Button>批量导入</Button>
            </Link>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              新增学员
            </Button>
          </Space>
        )}
      </div>
      {list.error ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : (
        <Table<Instructor>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.loading}
          locale={{ emptyText: filters.q || filters.officeId || filters.cohort ? '没有符合条件的学员' : '暂无学员，可通过“导入”上传名单' }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `共 ${total} 人`,
            onChange: (p, s) => {
              setPage(p);
              setPageSize(s);
            },
          }}
        />
      )}
      {adding && (
        <AddInstructor
          onClose={(created) => {
            setAdding(false);
            if (created) list.reload();
          }}
        />
      )}
    </Card>
  );
}

function AddInstructor({ onClose }: { onClose: (created: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<NewInstructor>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      const created = await createInstructor(values);
      message.success(`已新增学员 ${created.name}，绑定码 ${created.bindCode ?? ''}`);
      onClose(true);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title="新增学员" okText="保存" cancelText="取消" onOk={() => void save()} confirmLoading={saving} onCancel={() => onClose(false)} destroyOnClose>
      <Form form={form} layout="vertical">
        <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }, { max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label="手机号" rules={[{ required: true, message: '请输入手机号' }, { pattern: /^1[3-9]\d{9}$/, message: '手机号应为11位中国大陆手机号' }]}>
          <Input inputMode="numeric" maxLength={11} />
        </Form.Item>
        <Form.Item name="employer" label="工作单位" rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="officeId" label="所属和创办" rules={[{ required: true, message: '请选择所属和创办' }]}>
          <OfficeSelect allowClear={false} />
        </Form.Item>
        <Form.Item name="cohort" label="批次" rules={[{ max: 40 }]}>
          <Input placeholder="如 2026-1" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
