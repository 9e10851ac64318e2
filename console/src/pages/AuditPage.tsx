import { useState } from 'react';
import { Button, Card, Descriptions, Input, Select, Table, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { listAudit, type AuditEntry } from '../api/admin';
import { ErrorState } from '../components/PageState';
import { formatTime } from '../lib/format';
import { useOffices } from '../lib/offices';
import { useRequest } from '../lib/use-request';

const ENTITIES: Record<string, string> = {
  instructor: '学员',
  enterprise: '企业',
  contact: '联系人',
  staff: '工作人员',
  office: '机构',
  course: '课程',
  quiz: '测验',
  bank: '题库',
  campaign: '创建活动',
  application: '申报',
  broadcast: '宣传推送',
  certificate: '证书',
  room: '群聊',
};

function Json({ value }: { value: unknown }) {
  if (value === undefined || value === null) return <Typography.Text type="secondary">—</Typography.Text>;
  return <pre className="audit-json">{JSON.stringify(value, null, 2)}</pre>;
}

/** 审计日志: every admin write in my subtree, newest first (phones masked by the server). */
export default function AuditPage() {
  const { byId } = useOffices();
  const [entity, setEntity] = useState<string>();
  const [entityId, setEntityId] = useState<string>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const list = useRequest((signal) => listAudit({ entity, entityId, page, pageSize }, signal), [entity, entityId, page, pageSize]);

  return (
    <Card>
      <div className="toolbar">
        <Select
          placeholder="对象类型"
          allowClear
          style={{ width: 160 }}
          value={entity}
          onChange={(v: string | undefined) => {
            setPage(1);
            setEntity(v);
          }}
          options={Object.entries(ENTITIES).map(([value, label]) => ({ value, label }))}
        />
        <Input.Search
          placeholder="对象编号"
          allowClear
          style={{ width: 260 }}
          onSearch={(v) => {
            setPage(1);
            setEntityId(/^[A-Za-z0-9_-]{1,40}$/.test(v.trim()) ? v.trim() : undefined);
          }}
          aria-label="对象编号"
        />
        <Button icon={<ReloadOutlined />} onClick={list.reload}>
          刷新
        </Button>
      </div>
      {list.error ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : (
        <Table<AuditEntry>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: '暂无审计记录' }}
          expandable={{
            expandedRowRender: (e) => (
              <Descriptions column={2} bordered size="small">
                <Descriptions.Item label="修改前">
                  <Json value={e.before} />
                </Descriptions.Item>
                <Descriptions.Item label="修改后">
                  <Json value={e.after} />
                </Descriptions.Item>
              </Descriptions>
            ),
          }}
          columns={[
            { title: '时间', dataIndex: 'at', key: 'at', width: 160, render: (v: string) => formatTime(v) },
            { title: '操作人', key: 'actor', render: (_: unknown, e: AuditEntry) => e.actor.name },
            { title: '操作', dataIndex: 'action', key: 'action', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
            { title: '对象', key: 'entity', render: (_: unknown, e: AuditEntry) => <Tag>{ENTITIES[e.entity] ?? e.entity}</Tag> },
            { title: '对象编号', dataIndex: 'entityId', key: 'entityId', render: (v: string) => <Typography.Text type="secondary" copyable={{ text: v }}>{v.slice(-8)}</Typography.Text> },
            { title: '机构', dataIndex: 'officeId', key: 'office', render: (v: string) => byId.get(v)?.name ?? '—' },
          ]}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `共 ${total} 条`,
            onChange: (p, s) => {
              setPage(p);
              setPageSize(s);
            },
          }}
        />
      )}
    </Card>
  );
}
