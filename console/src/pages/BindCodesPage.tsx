import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Input, Popconfirm, Space, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { listInstructors, reissueInstructorCode, type Instructor } from '../api/people';
import { useMe } from '../auth/AuthContext';
import { OfficeSelect } from '../components/OfficeSelect';
import { PageState } from '../components/PageState';
import { errorMessage } from '../lib/errors';
import { useOffices } from '../lib/offices';
import { formatTime, maskPhone } from '../lib/format';
import { useRequest } from '../lib/use-request';

const BIND_HELP = '在微信中向机器人发送“绑定 代码”，或在小程序“我的-绑定身份”中输入';
const PAGE = 200;
/** A sheet is for one office's handout; past this, pick a smaller office or a cohort. */
const MAX_ON_SHEET = 2000;

/** Every instructor of an office (and below) for the sheet, a page of 200 at a time. */
async function allInstructors(officeId: string | undefined, cohort: string | undefined, signal: AbortSignal): Promise<{ items: Instructor[]; total: number }> {
  const items: Instructor[] = [];
  for (let page = 1; ; page++) {
    const got = await listInstructors({ officeId, cohort, page, pageSize: PAGE }, signal);
    items.push(...got.items);
    if (got.items.length < PAGE || items.length >= Math.min(got.total, MAX_ON_SHEET)) return { items, total: got.total };
  }
}

/** 绑定码打印: a printable sheet of binding codes, one card per instructor, for an office to hand out. */
export default function BindCodesPage() {
  const { me } = useMe();
  const { message } = App.useApp();
  const { byId } = useOffices();
  const [officeId, setOfficeId] = useState<string>();
  const [cohort, setCohort] = useState<string>();
  const [unboundOnly, setUnboundOnly] = useState(true);
  const list = useRequest((signal) => allInstructors(officeId, cohort, signal), [officeId, cohort]);
  const cards = useMemo(() => (list.data?.items ?? []).filter((i) => i.bindCode && (!unboundOnly || !i.bound)), [list.data, unboundOnly]);
  const officeName = (officeId && byId.get(officeId)?.name) || me.office.name;

  const reissue = async (i: Instructor) => {
    try {
      const { bindCode } = await reissueInstructorCode(i.id);
      message.success(`${i.name} 的新绑定码：${bindCode}`);
      list.reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card className="no-print">
        <div className="toolbar" style={{ marginBottom: 0 }}>
          <OfficeSelect value={officeId} onChange={setOfficeId} placeholder={`和创办（默认 ${me.office.name}）`} />
          <Input.Search placeholder="批次" allowClear onSearch={(v) => setCohort(v.trim() || undefined)} style={{ width: 160 }} aria-label="批次" />
          <Checkbox checked={unboundOnly} onChange={(e) => setUnboundOnly(e.target.checked)} style={{ alignSelf: 'center' }}>
            仅未绑定
          </Checkbox>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!cards.length} style={{ marginLeft: 'auto' }}>
            打印
          </Button>
        </div>
        {list.data && list.data.total > MAX_ON_SHEET && (
          <Alert style={{ marginTop: 12 }} type="warning" showIcon message={`共 ${list.data.total} 人，本页只列出前 ${MAX_ON_SHEET} 人；请选择下级和创办或批次分批打印。`} />
        )}
      </Card>
      <PageState loading={list.loading} error={list.error} onRetry={list.reload} empty={!cards.length} emptyText={unboundOnly ? '没有未绑定的学员（已绑定的学员不再需要绑定码；新学员可通过“导入”添加）' : '没有学员'}>
        <Card>
          <div className="print-only">
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {officeName} · 学员绑定码
            </Typography.Title>
            <Typography.Paragraph type="secondary">
              打印于 {formatTime(new Date().toISOString())}，共 {cards.length} 人。绑定码仅限本人使用，一次有效。
            </Typography.Paragraph>
          </div>
          <Typography.Paragraph className="no-print" type="secondary">
            {officeName}：共 {cards.length} 张。打印时只保留下列卡片；每张卡片可沿虚线剪开发给本人。
          </Typography.Paragraph>
          <div className="code-sheet" data-testid="code-sheet">
            {cards.map((i) => (
              <div className="code-card" key={i.id}>
                <div className="code-card-name">
                  {i.name} <span className="stat-target">{maskPhone(i.phone)}</span>
                </div>
                <div className="code-card-code">{i.bindCode}</div>
                <div className="code-card-help">{BIND_HELP.replace('代码', i.bindCode ?? '代码')}</div>
                <div className="no-print" style={{ marginTop: 6 }}>
                  <Popconfirm title="重发绑定码？" description="旧绑定码将立即失效。" onConfirm={() => reissue(i)} okText="重发" cancelText="取消">
                    <Button size="small" type="link" style={{ padding: 0 }}>
                      重发
                    </Button>
                  </Popconfirm>
                </div>
              </div>
            ))}
          </div>
        </Card>
      </PageState>
    </Space>
  );
}
