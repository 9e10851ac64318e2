import { Result } from 'antd';

/** A menu entry whose page is not built yet (routes.tsx); the next page replaces it there. */
export function ComingSoon({ title }: { title: string }) {
  return <Result status="info" title={`${title} · 建设中`} subTitle="此页面正在建设中，暂可通过管理接口（/openapi.json）操作。" />;
}
