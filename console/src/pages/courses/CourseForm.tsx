import { useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { App, DatePicker, Form, Input, Modal, Select, Switch, TreeSelect } from 'antd';
import { createCourse, updateCourse, type Course } from '../../api/courses';
import { OfficeSelect } from '../../components/OfficeSelect';
import { errorMessage } from '../../lib/errors';
import { officeTree, useOffices } from '../../lib/offices';

interface Values {
  code: string;
  title: string;
  description: string;
  officeId?: string;
  openToOfficeIds: string[];
  openToCohorts: string[];
  deadline?: Dayjs | null;
  published: boolean;
}

/** Create a course, or change one's texts, audience (openTo), deadline and publishing. */
export function CourseForm({ course, onClose }: { course?: Course; onClose: (saved?: Course) => void }) {
  const { message } = App.useApp();
  const { offices } = useOffices();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      const common = {
        code: v.code,
        title: v.title,
        description: v.description ?? '',
        openToOfficeIds: v.openToOfficeIds ?? [],
        openToCohorts: v.openToCohorts ?? [],
        deadline: v.deadline ? v.deadline.toISOString() : null,
        published: v.published,
      };
      const saved = course ? await updateCourse(course.id, common) : await createCourse({ ...common, officeId: v.officeId });
      message.success(course ? '已保存' : `已新建课程《${saved.title}》`);
      onClose(saved);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open width={640} title={course ? '编辑课程' : '新建课程'} okText="保存" cancelText="取消" onOk={() => void save()} confirmLoading={saving} onCancel={() => onClose()} destroyOnClose>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          course
            ? { ...course, deadline: course.deadline ? dayjs(course.deadline) : null }
            : { description: '', openToOfficeIds: [], openToCohorts: [], published: false }
        }
      >
        <Form.Item name="code" label="课程代码" rules={[{ required: true, pattern: /^[A-Za-z0-9-]{2,40}$/, message: '2–40 位字母、数字或 -' }]}>
          <Input placeholder="如 CSR-2026" />
        </Form.Item>
        <Form.Item name="title" label="课程名称" rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="description" label="简介" rules={[{ max: 5000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        {!course && (
          <Form.Item name="officeId" label="所属和创办" extra="默认为本级">
            <OfficeSelect placeholder="本级" />
          </Form.Item>
        )}
        <Form.Item name="openToOfficeIds" label="开放给（机构）" extra="不选则本级及下级全部学员可学">
          <TreeSelect multiple treeData={officeTree(offices)} treeDefaultExpandAll showSearch treeNodeFilterProp="title" placeholder="全部" allowClear />
        </Form.Item>
        <Form.Item name="openToCohorts" label="开放给（批次）" extra="输入批次名后回车；不填则不限批次">
          <Select mode="tags" tokenSeparators={[',', '，']} placeholder="如 2026年第一期" open={false} />
        </Form.Item>
        <Form.Item name="deadline" label="学习截止时间">
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="published" label="发布" valuePropName="checked">
          <Switch checkedChildren="已发布" unCheckedChildren="未发布" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
