import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { App, Breadcrumb, Button, Card, Descriptions, Empty, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  deleteLesson,
  deleteModule,
  deleteQuiz,
  getCourse,
  reorderModules,
  updateCourse,
  GRADING_NAMES,
  REVIEW_NAMES,
  type CourseDetail as Detail,
  type CourseModule,
  type Quiz,
} from '../../api/courses';
import { api } from '../../api/client';
import { useMe } from '../../auth/AuthContext';
import { PageState } from '../../components/PageState';
import { errorMessage } from '../../lib/errors';
import { formatTime } from '../../lib/format';
import { useOffices } from '../../lib/offices';
import { canWrite } from '../../lib/roles';
import { useRequest } from '../../lib/use-request';
import { CourseForm } from './CourseForm';
import { LessonEditor } from './LessonEditor';
import { ModuleForm } from './ModuleForm';
import { QuizForm } from './QuizForm';

type Lesson = CourseModule['lessons'][number];

/** One course: its modules in order, their lessons (markdown) and quizzes, and the final exam. */
export function CourseDetail() {
  const { courseId = '' } = useParams();
  const { role } = useMe();
  const { message } = App.useApp();
  const { byId } = useOffices();
  const course = useRequest((signal) => getCourse(courseId, signal), [courseId]);
  const [editing, setEditing] = useState(false);
  const [moduleForm, setModuleForm] = useState<{ module?: CourseModule } | null>(null);
  const [lessonEditor, setLessonEditor] = useState<{ module: CourseModule; lessonId?: string } | null>(null);
  const [quizForm, setQuizForm] = useState<{ moduleId: string | null; quiz?: Quiz } | null>(null);
  const writer = canWrite(role);
  const c = course.data;

  const act = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what();
      message.success(done);
      course.reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const move = (modules: CourseModule[], i: number, by: -1 | 1) => {
    const ids = modules.map((m) => m.id);
    [ids[i], ids[i + by]] = [ids[i + by], ids[i]];
    void act(() => reorderModules(courseId, ids), '已调整模块顺序');
  };
  const moveLesson = (m: CourseModule, i: number, by: -1 | 1) => {
    const ids = m.lessons.map((l) => l.id);
    [ids[i], ids[i + by]] = [ids[i + by], ids[i]];
    void act(() => api.post('/api/admin/courses/{id}/modules/{moduleId}/lessons/reorder', { params: { id: courseId, moduleId: m.id }, body: { ids } }), '已调整课时顺序');
  };
  const quizOf = (id: string | null) => (id ? c?.quizzes.find((q) => q.id === id) : undefined);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/courses">课程与题库</Link> }, { title: c?.title ?? '课程' }]} />
      <PageState loading={course.loading && !c} error={course.error} onRetry={course.reload}>
        {c && (
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Card
              title={
                <Space>
                  <span data-testid="course-title">{c.title}</span>
                  {c.published ? <Tag color="green">已发布</Tag> : <Tag>未发布</Tag>}
                </Space>
              }
              extra={
                writer && (
                  <Space>
                    <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                      编辑课程
                    </Button>
                    <Popconfirm title={c.published ? '取消发布？' : '发布课程？'} onConfirm={() => act(() => updateCourse(c.id, { published: !c.published }), c.published ? '已取消发布' : '已发布')} okText="确定" cancelText="取消">
                      <Button type={c.published ? 'default' : 'primary'}>{c.published ? '取消发布' : '发布'}</Button>
                    </Popconfirm>
                  </Space>
                )
              }
            >
              <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
                <Descriptions.Item label="代码">{c.code}</Descriptions.Item>
                <Descriptions.Item label="所属和创办">{byId.get(c.officeId)?.name ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="学习截止">{c.deadline ? formatTime(c.deadline) : '—'}</Descriptions.Item>
                <Descriptions.Item label="开放给" span={3}>
                  {c.openToOfficeIds.length || c.openToCohorts.length ? [...c.openToOfficeIds.map((id) => byId.get(id)?.name ?? '其他机构'), ...c.openToCohorts].join('、') : '本级及下级全部学员'}
                </Descriptions.Item>
              </Descriptions>
              {c.description && (
                <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                  {c.description}
                </Typography.Paragraph>
              )}
            </Card>

            {c.modules.length === 0 && (
              <Card>
                <Empty description="还没有模块">
                  {writer && (
                    <Button type="primary" icon={<PlusOutlined />} onClick={() => setModuleForm({})}>
                      添加模块
                    </Button>
                  )}
                </Empty>
              </Card>
            )}
            {c.modules.map((m, i) => {
              const quiz = quizOf(m.quizId);
              return (
                <Card
                  key={m.id}
                  data-testid="module-card"
                  title={
                    <Space>
                      <span>
                        模块 {i + 1} · {m.title}
                      </span>
                      <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                        {m.code}
                      </Typography.Text>
                    </Space>
                  }
                  extra={
                    writer && (
                      <Space size="small">
                        <Tooltip title="上移">
                          <Button size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(c.modules, i, -1)} aria-label="上移模块" />
                        </Tooltip>
                        <Tooltip title="下移">
                          <Button size="small" icon={<ArrowDownOutlined />} disabled={i === c.modules.length - 1} onClick={() => move(c.modules, i, 1)} aria-label="下移模块" />
                        </Tooltip>
                        <Button size="small" onClick={() => setModuleForm({ module: m })}>
                          编辑模块
                        </Button>
                        <Popconfirm title={`删除模块“${m.title}”？`} description="连同课时与测验；测验已有作答时不能删除。" onConfirm={() => act(() => deleteModule(c.id, m.id), '已删除模块')} okText="删除" okButtonProps={{ danger: true }} cancelText="取消">
                          <Button size="small" danger>
                            删除
                          </Button>
                        </Popconfirm>
                      </Space>
                    )
                  }
                >
                  {m.summary && <Typography.Paragraph type="secondary">{m.summary}</Typography.Paragraph>}
                  <Table<Lesson>
                    rowKey="id"
                    size="small"
                    pagination={false}
                    dataSource={m.lessons}
                    locale={{ emptyText: '暂无课时' }}
                    columns={[
                      { title: '#', key: 'n', width: 48, render: (_: unknown, _l, n) => n + 1 },
                      { title: '课时', dataIndex: 'title', key: 'title' },
                      { title: '时长', dataIndex: 'minutes', key: 'minutes', width: 90, render: (v: number) => `${v} 分钟` },
                      { title: '视频', dataIndex: 'videoUrl', key: 'video', width: 80, render: (v: string | null) => (v ? <Tag color="blue">有</Tag> : '—') },
                      {
                        title: '操作',
                        key: 'a',
                        width: writer ? 230 : 90,
                        render: (_: unknown, l, n) => (
                          <Space size="small">
                            <Button size="small" onClick={() => setLessonEditor({ module: m, lessonId: l.id })} data-testid="edit-lesson">
                              {writer ? '编辑' : '查看'}
                            </Button>
                            {writer && (
                              <>
                                <Button size="small" icon={<ArrowUpOutlined />} disabled={n === 0} onClick={() => moveLesson(m, n, -1)} aria-label="上移课时" />
                                <Button size="small" icon={<ArrowDownOutlined />} disabled={n === m.lessons.length - 1} onClick={() => moveLesson(m, n, 1)} aria-label="下移课时" />
                                <Popconfirm title={`删除课时“${l.title}”？`} description="学员的阅读记录也将删除。" onConfirm={() => act(() => deleteLesson(c.id, m.id, l.id), '已删除课时')} okText="删除" okButtonProps={{ danger: true }} cancelText="取消">
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
                  <div className="toolbar" style={{ marginTop: 12, marginBottom: 0, alignItems: 'center' }}>
                    {writer && (
                      <Button size="small" icon={<PlusOutlined />} onClick={() => setLessonEditor({ module: m })}>
                        添加课时
                      </Button>
                    )}
                    <QuizSummary quiz={quiz} label="模块测验" writer={writer} onEdit={() => setQuizForm({ moduleId: m.id, quiz })} onDelete={quiz ? () => act(() => deleteQuiz(quiz.id), '已删除测验') : undefined} />
                  </div>
                </Card>
              );
            })}
            <Card title="结业考试" size="small">
              <div className="toolbar" style={{ marginBottom: 0, alignItems: 'center' }}>
                {writer && c.modules.length > 0 && (
                  <Button icon={<PlusOutlined />} onClick={() => setModuleForm({})}>
                    添加模块
                  </Button>
                )}
                <QuizSummary quiz={quizOf(c.finalExamId)} label="结业考试" writer={writer} onEdit={() => setQuizForm({ moduleId: null, quiz: quizOf(c.finalExamId) })} onDelete={c.finalExamId ? () => act(() => deleteQuiz(c.finalExamId!), '已删除结业考试') : undefined} />
              </div>
            </Card>
          </Space>
        )}
      </PageState>
      {editing && c && (
        <CourseForm
          course={c}
          onClose={(saved) => {
            setEditing(false);
            if (saved) course.reload();
          }}
        />
      )}
      {moduleForm && c && (
        <ModuleForm
          courseId={c.id}
          module={moduleForm.module}
          onClose={(saved) => {
            setModuleForm(null);
            if (saved) course.reload();
          }}
        />
      )}
      {lessonEditor && c && (
        <LessonEditor
          courseId={c.id}
          module={lessonEditor.module}
          lessonId={lessonEditor.lessonId}
          readOnly={!writer}
          onClose={(saved) => {
            setLessonEditor(null);
            if (saved) course.reload();
          }}
        />
      )}
      {quizForm && c && (
        <QuizForm
          course={c as Detail}
          moduleId={quizForm.moduleId}
          quiz={quizForm.quiz}
          onClose={(saved) => {
            setQuizForm(null);
            if (saved) course.reload();
          }}
        />
      )}
    </Space>
  );
}

function QuizSummary({ quiz, label, writer, onEdit, onDelete }: { quiz?: Quiz; label: string; writer: boolean; onEdit: () => void; onDelete?: () => void }) {
  if (!quiz) {
    return (
      <Space>
        <Typography.Text type="secondary">{label}：未设置</Typography.Text>
        {writer && (
          <Button size="small" type="dashed" onClick={onEdit}>
            设置{label}
          </Button>
        )}
      </Space>
    );
  }
  return (
    <Space wrap data-testid="quiz-summary">
      <Typography.Text strong>{quiz.title}</Typography.Text>
      <Tag>{quiz.questionCount} 题</Tag>
      <Tag>限时 {quiz.timeLimitMinutes} 分钟</Tag>
      <Tag>最多 {quiz.maxAttempts} 次</Tag>
      <Tag>及格 {quiz.passMark} 分</Tag>
      <Tag>{GRADING_NAMES[quiz.grading]}</Tag>
      <Tag>{REVIEW_NAMES[quiz.review]}</Tag>
      <Button size="small" onClick={onEdit} data-testid="edit-quiz">
        {writer ? '编辑' : '查看'}
      </Button>
      {writer && onDelete && (
        <Popconfirm title={`删除“${quiz.title}”？`} description="已有学员作答的测验不能删除。" onConfirm={onDelete} okText="删除" okButtonProps={{ danger: true }} cancelText="取消">
          <Button size="small" danger>
            删除
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
