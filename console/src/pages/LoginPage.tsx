import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useAuth } from '../auth/AuthContext';
import { ApiError } from '../api/client';
import { errorMessage } from '../lib/errors';
import { HOME_PATH } from '../routes';

/** The sign-in answer, said kindly: a wrong password and a throttled sign-in are no one's fault. */
function signInMessage(err: unknown): string {
  if (err instanceof ApiError && err.status === 401) return '用户名或密码不正确，请重新输入。';
  if (err instanceof ApiError && err.status === 429) return '登录尝试次数过多，为保护账号已暂时限制登录，请稍等几分钟再试。';
  if (err instanceof ApiError && err.status === 403) return '该账号已停用，请联系本级和创办管理员。';
  return errorMessage(err);
}

export function LoginPage() {
  const { status, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string>();
  const from = (location.state as { from?: string } | null)?.from;
  const next = from && from !== '/login' ? from : `/${HOME_PATH}`;

  if (status === 'signedIn') return <Navigate to={next} replace />;

  const submit = async (values: { username: string; password: string }) => {
    setSubmitting(true);
    setError(undefined);
    try {
      await signIn(values.username.trim(), values.password);
      navigate(next, { replace: true });
    } catch (err) {
      setError(signInMessage(err));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="login-page">
      <Card className="login-card" bordered={false}>
        <div className="login-brand">
          <span className="console-brand-mark">和</span>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              和创办工作台
            </Typography.Title>
            <Typography.Text type="secondary">和谐企业创建 · 培训与宣传</Typography.Text>
          </div>
        </div>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form layout="vertical" onFinish={(v: { username: string; password: string }) => void submit(v)} requiredMark={false} disabled={submitting}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus placeholder="工作人员账号" id="username" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" placeholder="密码" id="password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
            登录
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" className="login-note">
          账号由本级或上级和创办管理员开设；忘记密码请联系管理员重置。
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
