import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { HOME_PATH } from '../routes';

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="请从左侧菜单进入。"
      extra={
        <Link to={`/${HOME_PATH}`}>
          <Button type="primary">回到工作台</Button>
        </Link>
      }
    />
  );
}

export function ForbiddenPage() {
  return <Result status="403" title="没有权限" subTitle="您的角色不能使用此页面，如需使用请联系本级和创办管理员。" />;
}
