import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { posterUrl, revokeCertificate, searchCertificates, verifyUrl, type Certificate } from '../api/certificates';
import { useMe } from '../auth/AuthContext';
import { ErrorState } from '../components/PageState';
import { OfficeSelect } from '../components/OfficeSelect';
import { errorMessage } from '../lib/errors';
import { formatTime } from '../lib/format';
import { useOffices } from '../lib/offices';
import { isAdmin } from '../lib/roles';
import { useRequest } from '../lib/use-request';

interface Filters {
  q?: string;
  officeId?: string;
  status?: 'valid' | 'revoked';
}

/** 证书: the certificates of my subtree, searched; admins revoke one with a reason (it then verifies as revoked). */
export default function CertificatesPage() {
  const { role } = useMe();
  const { byId } = useOffices();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [revoking, setRevoking] = useState<Certificate>();
  const list = useRequest((signal) => searchCertificates({ ...filters, page, pageSize }, signal), [filters, page, pageSize]);
  const change = (next: Filters) => {
    setPage(1);
    setFilters((f) => ({ ...f, ...next }));
  };
  return (
    <Card>
      <div className="toolbar">
        <Input.Search placeholder="证书编号、验证码、姓名或课程" allowClear enterButton="搜索" onSearch={(q) => change({ q: q.trim() || undefined })} style={{ width: 320 }} aria-label="搜索证书" />
        <OfficeSelect value={filters.officeId} onChange={(officeId) => change({ officeId })} />
        <Select
          allowClear
          placeholder="状态"
          style={{ width: 110 }}
          value={filters.status}
          onChange={(status?: 'valid' | 'revoked') => change({ status })}
          options={[
            { value: 'valid', label: '有效' },
            { value: 'revoked', label: '已撤销' },
          ]}
          aria-label="状态"
        />
        <Button icon={<ReloadOutlined />} onClick={list.reload}>
          刷新
        </Button>
      </div>
      {list.error ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : (
        <Table<Certificate>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          data-testid="certificates-table"
          locale={{ emptyText: filters.q || filters.officeId || filters.status ? '没有符合条件的证书' : '暂无证书（学员完成课程后自动颁发）' }}
          pagination={{ current: page, pageSize, total: list.data?.total ?? 0, showSizeChanger: true, showTotal: (t) => `共 ${t} 张`, onChange: (p, s) => (setPage(p), setPageSize(s)) }}
          columns={[
            { title: '证书编号', dataIndex: 'number', key: 'number', render: (v: string) => <Typography.Text code style={{ whiteSpace: 'nowrap' }}>{v}</Typography.Text> },
            { title: '姓名', dataIndex: 'learnerName', key: 'name', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span> },
            { title: '课程', dataIndex: 'courseTitle', key: 'course' },
            { title: '和创办', dataIndex: 'officeId', key: 'office', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{byId.get(v)?.name ?? '—'}</span> },
            { title: '颁发时间', dataIndex: 'issuedAt', key: 'issued', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatTime(v)}</span> },
            {
              title: '状态',
              key: 'status',
              render: (_: unknown, c) =>
                c.status === 'revoked' ? (
                  <Space direction="vertical" size={0}>
                    <Tag color="red">已撤销</Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {c.revokedAt ? formatTime(c.revokedAt) : ''} {c.revokedReason ?? ''}
                    </Typography.Text>
                  </Space>
                ) : (
                  <Tag color="green">有效</Tag>
                ),
            },
            {
              title: '验证码 / 链接',
              key: 'links',
              render: (_: unknown, c) => (
                <Space size="small" wrap>
                  <Typography.Text code copyable>
                    {c.code}
                  </Typography.Text>
                  <a href={verifyUrl(c.code)} target="_blank" rel="noopener">
                    验证页
                  </a>
                  <a href={posterUrl(c.code)} target="_blank" rel="noopener">
                    海报
                  </a>
                </Space>
              ),
            },
            ...(isAdmin(role)
              ? [
                  {
                    title: '操作',
                    key: 'a',
                    width: 80,
                    render: (_: unknown, c: Certificate) =>
                      c.status === 'valid' ? (
                        <Button size="small" danger onClick={() => setRevoking(c)} data-testid="revoke-certificate">
                          撤销
                        </Button>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      )}
      {revoking && (
        <RevokeModal
          cert={revoking}
          onClose={(done) => {
            setRevoking(undefined);
            if (done) list.reload();
          }}
        />
      )}
    </Card>
  );
}

function RevokeModal({ cert, onClose }: { cert: Certificate; onClose: (done: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    const { reason } = await form.validateFields();
    setSaving(true);
    try {
      await revokeCertificate(cert.id, reason.trim());
      message.success(`已撤销证书 ${cert.number}`);
      onClose(true);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={`撤销证书 ${cert.number}`} okText="撤销" okButtonProps={{ danger: true }} cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={() => onClose(false)} destroyOnClose>
      <Typography.Paragraph>
        {cert.learnerName} · 《{cert.courseTitle}》。撤销后，验证页和海报将显示“已撤销”，此操作记入审计日志。
      </Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label="撤销理由" rules={[{ required: true, whitespace: true, message: '请填写理由' }, { max: 200 }]}>
          <Input.TextArea rows={3} showCount maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
