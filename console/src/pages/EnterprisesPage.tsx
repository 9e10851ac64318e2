import { useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Card, Input, Popconfirm, Rate, Select, Space, Table, Tag } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { deleteEnterprise, ENTERPRISE_LEVEL_NAMES, listEnterprises, type Enterprise, type EnterpriseLevel } from '../api/people';
import { useMe } from '../auth/AuthContext';
import { ErrorState } from '../components/PageState';
import { OfficeSelect } from '../components/OfficeSelect';
import { errorMessage } from '../lib/errors';
import { useOffices } from '../lib/offices';
import { canWrite } from '../lib/roles';
import { useRequest } from '../lib/use-request';

interface Filters {
  q?: string;
  officeId?: string;
  industry?: string;
  level?: EnterpriseLevel;
  hasUnion?: 'true' | 'false';
}

const LEVEL_COLORS: Record<EnterpriseLevel, string> = { none: 'default', town: 'blue', district: 'geekblue', city: 'red' };

/** 企业: the enterprises of my subtree, by name or credit code, office, industry, level and union. */
export default function EnterprisesPage() {
  const { role } = useMe();
  const { message } = App.useApp();
  const { byId } = useOffices();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const change = (next: Filters) => {
    setPage(1);
    setFilters((f) => ({ ...f, ...next }));
  };
  const list = useRequest((signal) => listEnterprises({ ...filters, page, pageSize }, signal), [filters, page, pageSize]);

  const remove = async (e: Enterprise) => {
    try {
      await deleteEnterprise(e.id);
      message.success(`已删除企业 ${e.name}`);
      list.reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const columns = [
    { title: '企业名称', dataIndex: 'name', key: 'name' },
    { title: '统一社会信用代码', dataIndex: 'creditCode', key: 'creditCode' },
    { title: '所属和创办', dataIndex: 'officeId', key: 'office', render: (v: string) => byId.get(v)?.name ?? '—' },
    { title: '行业', dataIndex: 'industry', key: 'industry', render: (v: string) => v || '—' },
    { title: '工会', dataIndex: 'hasUnion', key: 'hasUnion', render: (v: boolean) => (v ? <Tag color="green">已建会</Tag> : <Tag>未建会</Tag>) },
    { title: '和谐企业等级', dataIndex: 'level', key: 'level', render: (v: EnterpriseLevel) => <Tag color={LEVEL_COLORS[v]}>{ENTERPRISE_LEVEL_NAMES[v]}</Tag> },
    { title: '星级', dataIndex: 'stars', key: 'stars', render: (v: number) => (v ? <Rate disabled count={5} value={v} style={{ fontSize: 12 }} /> : '—') },
    {
      title: '操作',
      key: 'actions',
      render: (_: unknown, e: Enterprise) => (
        <Space size="small">
          <Link to={`/people/contacts?enterpriseId=${e.id}`}>联系人</Link>
          {canWrite(role) && (
            <Popconfirm title={`删除企业 ${e.name}？`} description="其联系人也将一并删除。" onConfirm={() => remove(e)} okText="删除" okButtonProps={{ danger: true }} cancelText="取消">
              <Button size="small" danger>
                删除
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  const filtered = Object.values(filters).some((v) => v !== undefined);
  return (
    <Card>
      <div className="toolbar">
        <Input.Search placeholder="企业名称或信用代码" allowClear enterButton="搜索" onSearch={(q) => change({ q: q.trim() || undefined })} style={{ width: 280 }} aria-label="搜索企业" />
        <OfficeSelect value={filters.officeId} onChange={(officeId) => change({ officeId })} />
        <Input.Search placeholder="行业" allowClear onSearch={(v) => change({ industry: v.trim() || undefined })} style={{ width: 150 }} aria-label="行业" />
        <Select
          placeholder="等级"
          allowClear
          style={{ width: 120 }}
          value={filters.level}
          onChange={(level: EnterpriseLevel | undefined) => change({ level })}
          options={(Object.keys(ENTERPRISE_LEVEL_NAMES) as EnterpriseLevel[]).map((k) => ({ value: k, label: ENTERPRISE_LEVEL_NAMES[k] }))}
        />
        <Select
          placeholder="工会"
          allowClear
          style={{ width: 110 }}
          value={filters.hasUnion}
          onChange={(hasUnion: 'true' | 'false' | undefined) => change({ hasUnion })}
          options={[
            { value: 'true', label: '已建会' },
            { value: 'false', label: '未建会' },
          ]}
        />
        <Button icon={<ReloadOutlined />} onClick={list.reload}>
          刷新
        </Button>
        {canWrite(role) && (
          <Link to="/import?kind=enterprises" style={{ marginLeft: 'auto' }}>
            <Button type="primary">批量导入</Button>
          </Link>
        )}
      </div>
      {list.error ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : (
        <Table<Enterprise>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.loading}
          locale={{ emptyText: filtered ? '没有符合条件的企业' : '暂无企业，可通过“导入”上传名单' }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `共 ${total} 家`,
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
