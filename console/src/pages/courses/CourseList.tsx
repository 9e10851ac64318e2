import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { App, Button, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { deleteCourse, listCourses, updateCourse, type Course } from '../../api/courses';
import { useMe } from '../../auth/AuthContext';
import { ErrorState } from '../../components/PageState';
import { OfficeSelect } from '../../components/OfficeSelect';
import { errorMessage } from '../../lib/errors';
import { formatTime } from '../../lib/format';
import { useOffices } from '../../lib/offices';
import { canWrite } from '../../lib/roles';
import { useRequest } from '../../lib/use-request';
import { CourseForm } from './CourseForm';

interface Filters {
  q?: string;
  officeId?: string;
  published?: 'true' | 'false';
}

/** The courses of my subtree; writers create, publish and delete (a course nobody has attempted). */
export function CourseList() {
  const { role } = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { byId } = useOffices();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const list = useRequest((signal) => listCourses({ ...filters, page, pageSize: 20 }, signal), [filters, page]);
  const change = (next: Filters) => {
    setPage(1);
    setFilters((f) => ({ ...f, ...next }));
  };

  const publish = async (c: Course, published: boolean) => {
    try {
      await updateCourse(c.id, { published });
      message.success(published ? `已发布《${c.title}》` : `已取消发布《${c.title}》`);
      list.reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const remove = async (c: Course) => {
    try {
      await deleteCourse(c.id);
      message.success(`已删除《${c.title}》`);
      list.reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <>
      <div className="toolbar">
        <Input.Search placeholder="课程代码或名称" allowClear enterButton="搜索" onSearch={(q) => change({ q: q.trim() || undefined })} style={{ width: 260 }} aria-label="搜索课程" />
        <OfficeSelect value={filters.officeId} onChange={(officeId) => change({ officeId })} placeholder="所属和创办" />
        <Select
          allowClear
          placeholder="发布状态"
          style={{ width: 120 }}
          value={filters.published}
          onChange={(published?: 'true' | 'false') => change({ published })}
          options={[
            { value: 'true', label: '已发布' },
            { value: 'false', label: '未发布' },
          ]}
        />
        <Button icon={<ReloadOutlined />} onClick={list.reload}>
          刷新
        </Button>
        {canWrite(role) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} style={{ marginLeft: 'auto' }}>
            新建课程
          </Button>
        )}
      </div>
      {list.error ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : (
        <Table<Course>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: filters.q || filters.officeId || filters.published ? '没有符合条件的课程' : '暂无课程' }}
          pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 门` }}
          columns={[
            { title: '代码', dataIndex: 'code', key: 'code', width: 140, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
            { title: '课程', dataIndex: 'title', key: 'title', render: (v: string, c) => <Link to={`/courses/${c.id}`}>{v}</Link> },
            { title: '所属和创办', dataIndex: 'officeId', key: 'office', render: (v: string) => byId.get(v)?.name ?? '—' },
            {
              title: '开放范围',
              key: 'openTo',
              render: (_: unknown, c) =>
                c.openToOfficeIds.length || c.openToCohorts.length ? (
                  <Space size={[4, 4]} wrap>
                    {c.openToOfficeIds.map((id) => (
                      <Tag key={id}>{byId.get(id)?.name ?? '其他机构'}</Tag>
                    ))}
                    {c.openToCohorts.map((k) => (
                      <Tag key={k} color="purple">
                        {k}
                      </Tag>
                    ))}
                  </Space>
                ) : (
                  <Typography.Text type="secondary">本级及下级全部学员</Typography.Text>
                ),
            },
            { title: '截止', dataIndex: 'deadline', key: 'deadline', render: (v: string | null) => (v ? formatTime(v) : '—') },
            { title: '状态', dataIndex: 'published', key: 'published', width: 90, render: (v: boolean) => (v ? <Tag color="green">已发布</Tag> : <Tag>未发布</Tag>) },
            {
              title: '操作',
              key: 'actions',
              width: 230,
              render: (_: unknown, c) => (
                <Space size="small">
                  <Button size="small" onClick={() => navigate(`/courses/${c.id}`)}>
                    {canWrite(role) ? '编辑' : '查看'}
                  </Button>
                  {canWrite(role) && (
                    <>
                      <Popconfirm
                        title={c.published ? '取消发布？' : '发布课程？'}
                        description={c.published ? '学员将看不到此课程。' : '开放范围内的学员将可以学习。'}
                        onConfirm={() => publish(c, !c.published)}
                        okText="确定"
                        cancelText="取消"
                      >
                        <Button size="small">{c.published ? '取消发布' : '发布'}</Button>
                      </Popconfirm>
                      <Popconfirm title={`删除《${c.title}》？`} description="连同模块、课时与测验一并删除；已有学员作答的课程不能删除。" onConfirm={() => remove(c)} okText="删除" okButtonProps={{ danger: true }} cancelText="取消">
                        <Button size="small" danger>
                          删除
                        </Button>
                      </Popconfirm>
                    </>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      {creating && (
        <CourseForm
          onClose={(saved) => {
            setCreating(false);
            if (saved) navigate(`/courses/${saved.id}`);
          }}
        />
      )}
    </>
  );
}
