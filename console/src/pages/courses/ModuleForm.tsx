import { useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { createModule, updateModule, type CourseModule } from '../../api/courses';
import { errorMessage } from '../../lib/errors';

interface Values {
  code: string;
  title: string;
  summary: string;
}

export function ModuleForm({ courseId, module, onClose }: { courseId: string; module?: CourseModule; onClose: (saved: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      if (module) await updateModule(courseId, module.id, v);
      else await createModule(courseId, { ...v, summary: v.summary ?? '' });
      message.success(module ? '已保存模块' : '已添加模块');
      onClose(true);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={module ? '编辑模块' : '添加模块'} okText="保存" cancelText="取消" onOk={() => void save()} confirmLoading={saving} onCancel={() => onClose(false)} destroyOnClose>
      <Form<Values> form={form} layout="vertical" initialValues={module ?? { summary: '' }}>
        <Form.Item name="code" label="模块代码" rules={[{ required: true, pattern: /^[A-Za-z0-9-]{1,20}$/, message: '1–20 位字母、数字或 -' }]}>
          <Input placeholder="如 M1" />
        </Form.Item>
        <Form.Item name="title" label="模块名称" rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="summary" label="简介" rules={[{ max: 1000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
