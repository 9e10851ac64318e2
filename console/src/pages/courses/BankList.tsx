import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { App, Button, Form, Input, Modal, Popconfirm, Space, Table, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { createBank, deleteBank, downloadBankTemplate, listBanks, type Bank } from '../../api/courses';
import { useMe } from '../../auth/AuthContext';
import { ErrorState } from '../../components/PageState';
import { OfficeSelect } from '../../components/OfficeSelect';
import { errorMessage } from '../../lib/errors';
import { useOffices } from '../../lib/offices';
import { canWrite } from '../../lib/roles';
import { useRequest } from '../../lib/use-request';

/** The question banks of my subtree; writers create, import and delete (a bank no quiz draws from). */
export function BankList() {
  const { role } = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { byId } = useOffices();
  const [q, setQ] = useState<string>();
  const [officeId, setOfficeId] = useState<string>();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const list = useRequest((signal) => listBanks({ q, officeId, page, pageSize: 20 }, signal), [q, officeId, page]);

  const remove = async (b: Bank) => {
    try {
      await deleteBank(b.id);
      message.success(`已删除题库“${b.title}”`);
      list.reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <>
      <div className="toolbar">
        <Input.Search
          placeholder="题库代码或名称"
          allowClear
          enterButton="搜索"
          onSearch={(v) => {
            setPage(1);
            setQ(v.trim() || undefined);
          }}
          style={{ width: 260 }}
          aria-label="搜索题库"
        />
        <OfficeSelect
          value={officeId}
          onChange={(v) => {
            setPage(1);
            setOfficeId(v);
          }}
        />
        <Button icon={<ReloadOutlined />} onClick={list.reload}>
          刷新
        </Button>
        {canWrite(role) && (
          <Space style={{ marginLeft: 'auto' }}>
            <Button icon={<DownloadOutlined />} onClick={() => void downloadBankTemplate('xlsx').catch((err: unknown) => message.error(errorMessage(err)))}>
              下载导入模板
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新建题库
            </Button>
          </Space>
        )}
      </div>
      {list.error ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : (
        <Table<Bank>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: q || officeId ? '没有符合条件的题库' : '暂无题库' }}
          pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 个` }}
          columns={[
            { title: '代码', dataIndex: 'code', key: 'code', width: 160, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
            { title: '题库', dataIndex: 'title', key: 'title', render: (v: string, b) => <Link to={`/courses/banks/${b.id}`}>{v}</Link> },
            { title: '所属和创办', dataIndex: 'officeId', key: 'office', render: (v: string) => byId.get(v)?.name ?? '—' },
            { title: '考试题', key: 'exam', width: 90, render: (_: unknown, b) => b.questionCount - b.practiceCount },
            { title: '练习题', dataIndex: 'practiceCount', key: 'practice', width: 90 },
            {
              title: '操作',
              key: 'a',
              width: 160,
              render: (_: unknown, b) => (
                <Space size="small">
                  <Button size="small" onClick={() => navigate(`/courses/banks/${b.id}`)}>
                    {canWrite(role) ? '题目' : '查看'}
                  </Button>
                  {canWrite(role) && (
                    <Popconfirm title={`删除题库“${b.title}”？`} description="连同全部题目；有测验从中抽题时不能删除。" onConfirm={() => remove(b)} okText="删除" okButtonProps={{ danger: true }} cancelText="取消">
                      <Button size="small" danger>
                        删除
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      {creating && (
        <NewBank
          onClose={(id) => {
            setCreating(false);
            if (id) navigate(`/courses/banks/${id}`);
          }}
        />
      )}
    </>
  );
}

function NewBank({ onClose }: { onClose: (id?: string) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ code: string; title: string; officeId?: string }>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      const bank = await createBank(v);
      message.success(`已新建题库“${bank.title}”`);
      onClose(bank.id);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title="新建题库" okText="保存" cancelText="取消" onOk={() => void save()} confirmLoading={saving} onCancel={() => onClose()} destroyOnClose>
      <Form form={form} layout="vertical">
        <Form.Item name="code" label="题库代码" rules={[{ required: true, pattern: /^[A-Za-z0-9-]{2,40}$/, message: '2–40 位字母、数字或 -' }]}>
          <Input placeholder="如 BANK-M1" />
        </Form.Item>
        <Form.Item name="title" label="名称" rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="officeId" label="所属和创办" extra="默认为本级">
          <OfficeSelect placeholder="本级" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
