import { useEffect, useState } from 'react';
import { App, Button, Drawer, Form, Input, InputNumber, Space } from 'antd';
import { createLesson, getLesson, updateLesson, type CourseModule } from '../../api/courses';
import { MarkdownEditor, MarkdownView } from '../../components/Markdown';
import { PageState } from '../../components/PageState';
import { errorMessage } from '../../lib/errors';
import { useRequest } from '../../lib/use-request';

interface Values {
  title: string;
  body: string;
  minutes: number;
  videoUrl?: string | null;
}

/** A lesson's title, minutes, video link and markdown body, with the preview beside it. */
export function LessonEditor({ courseId, module, lessonId, readOnly, onClose }: { courseId: string; module: CourseModule; lessonId?: string; readOnly: boolean; onClose: (saved: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const lesson = useRequest((signal) => (lessonId ? getLesson(courseId, module.id, lessonId, signal) : Promise.resolve(undefined)), [courseId, module.id, lessonId]);
  useEffect(() => {
    if (lesson.data) form.setFieldsValue({ ...lesson.data, videoUrl: lesson.data.videoUrl ?? '' });
  }, [lesson.data, form]);

  const save = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      const body = { title: v.title, body: v.body, minutes: v.minutes, videoUrl: v.videoUrl?.trim() ? v.videoUrl.trim() : null };
      if (lessonId) await updateLesson(courseId, module.id, lessonId, body);
      else await createLesson(courseId, module.id, body);
      message.success(lessonId ? '已保存课时' : '已添加课时');
      onClose(true);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open
      width="min(1100px, 92vw)"
      title={`${module.title} · ${lessonId ? (readOnly ? '查看课时' : '编辑课时') : '添加课时'}`}
      onClose={() => onClose(false)}
      destroyOnClose
      extra={
        !readOnly && (
          <Space>
            <Button onClick={() => onClose(false)}>取消</Button>
            <Button type="primary" loading={saving} onClick={() => void save()} disabled={lesson.loading && Boolean(lessonId)}>
              保存
            </Button>
          </Space>
        )
      }
    >
      <PageState loading={Boolean(lessonId) && lesson.loading} error={lesson.error} onRetry={lesson.reload}>
        {readOnly && lesson.data ? (
          <>
            <h3>{lesson.data.title}</h3>
            <p style={{ color: '#8c8c8c' }}>
              {lesson.data.minutes} 分钟{lesson.data.videoUrl ? ` · 视频：${lesson.data.videoUrl}` : ''}
            </p>
            <MarkdownView source={lesson.data.body} />
          </>
        ) : (
          <Form<Values> form={form} layout="vertical" initialValues={{ minutes: 10, body: '', videoUrl: '' }}>
            <Space align="start" wrap>
              <Form.Item name="title" label="课时名称" rules={[{ required: true, whitespace: true, max: 100 }]} style={{ width: 420 }}>
                <Input />
              </Form.Item>
              <Form.Item name="minutes" label="建议时长（分钟）" rules={[{ required: true }]}>
                <InputNumber min={1} max={240} />
              </Form.Item>
              <Form.Item name="videoUrl" label="视频链接（可选）" rules={[{ type: 'url', message: '请填写 http(s) 链接' }]} style={{ width: 360 }}>
                <Input placeholder="https://…" />
              </Form.Item>
            </Space>
            <Form.Item name="body" label="正文（Markdown）" rules={[{ required: true, whitespace: true, message: '正文不能为空' }, { max: 20000 }]}>
              <MarkdownEditor rows={20} maxLength={20000} />
            </Form.Item>
          </Form>
        )}
      </PageState>
    </Drawer>
  );
}
