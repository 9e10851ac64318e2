import { useEffect, useMemo, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { Alert, App, Button, Checkbox, DatePicker, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { ApiError } from '../../api/client';
import { officeDeadlines, setOverride, STAGE_NAMES, STAGES, type CampaignDetail, type StageKey } from '../../api/campaigns';
import { useMe } from '../../auth/AuthContext';
import { OfficeSelect } from '../../components/OfficeSelect';
import { PageState } from '../../components/PageState';
import { errorMessage } from '../../lib/errors';
import { formatTime } from '../../lib/format';
import { isAdmin } from '../../lib/roles';
import { useRequest } from '../../lib/use-request';

interface Row {
  key: StageKey;
  city: string;
  earliest: string;
  latest: string;
  now: string;
}

interface OutsideWindow {
  stage?: StageKey;
  allowed?: { from: string; to: string };
}

/**
 * A district's own deadlines for its subtree, each inside the city's window for the stage: no
 * later than the city's deadline, no earlier than the city's previous one (or the opening).
 * The API answers 400 `outside_city_window` with the allowed range, shown here.
 */
export function OverridesTab({ campaign }: { campaign: CampaignDetail }) {
  const { me, role } = useMe();
  const { message } = App.useApp();
  const [officeId, setOfficeId] = useState<string | undefined>(me.office.id !== campaign.officeId ? me.office.id : undefined);
  const deadlines = useRequest((signal) => (officeId ? officeDeadlines(campaign.id, officeId, signal) : Promise.resolve(undefined)), [campaign.id, officeId]);
  const [edits, setEdits] = useState<Partial<Record<StageKey, Dayjs | null>>>({});
  const [saving, setSaving] = useState(false);
  const [outside, setOutside] = useState<{ message: string; range?: OutsideWindow }>();
  const admin = isAdmin(role);
  const city = useMemo(() => new Map(campaign.stages.map((s) => [s.key, s.deadline])), [campaign.stages]);

  const rows: Row[] = useMemo(() => {
    const now = new Map(deadlines.data?.stages.map((s) => [s.key, s.deadline]) ?? []);
    return STAGES.map((s, i) => ({
      key: s.key,
      city: city.get(s.key) ?? '',
      earliest: i === 0 ? campaign.opensAt : (city.get(STAGES[i - 1].key) ?? ''),
      latest: city.get(s.key) ?? '',
      now: now.get(s.key) ?? city.get(s.key) ?? '',
    }));
  }, [deadlines.data, city, campaign.opensAt]);

  useEffect(() => {
    // Start from what applies now: stages that differ from the city's are this office's (or its district's) own.
    const next: Partial<Record<StageKey, Dayjs | null>> = {};
    for (const r of rows) if (deadlines.data && r.now !== r.city) next[r.key] = dayjs(r.now);
    setEdits(next);
    setOutside(undefined);
  }, [rows, deadlines.data]);

  const save = async (clear = false) => {
    if (!officeId) return;
    const stages = clear ? [] : Object.entries(edits).flatMap(([key, at]) => (at ? [{ key: key as StageKey, deadline: at.toISOString() }] : []));
    setSaving(true);
    setOutside(undefined);
    try {
      await setOverride(campaign.id, officeId, { stages });
      message.success(clear ? '已清除本级调整，沿用上级时间' : '已保存本级截止时间');
      deadlines.reload();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'outside_city_window') setOutside({ message: errorMessage(err), range: err.details as OutsideWindow });
      else setOutside({ message: errorMessage(err) });
    } finally {
      setSaving(false);
    }
  };

  const bad = outside?.range?.stage;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>区县（及其下级）：</Typography.Text>
        <OfficeSelect value={officeId} onChange={setOfficeId} placeholder="选择区县和创办" allowClear={false} />
        <Typography.Text type="secondary">每个阶段只能在市级时间范围内调整；未调整的阶段沿用上级时间。</Typography.Text>
      </Space>
      {officeId === campaign.officeId && <Alert type="info" showIcon message="市级时间在“编辑活动”中修改；这里为区县设置各自的时间。" />}
      {!officeId ? (
        <Alert type="info" showIcon message="请选择一个区县和创办，查看或调整其截止时间" />
      ) : (
        <PageState loading={deadlines.loading} error={deadlines.error} onRetry={deadlines.reload}>
          <Table<Row>
            rowKey="key"
            pagination={false}
            dataSource={rows}
            data-testid="overrides-table"
            rowClassName={(r) => (r.key === bad ? 'import-row-rejected' : '')}
            columns={[
              { title: '阶段', dataIndex: 'key', key: 'stage', width: 120, render: (k: StageKey) => STAGE_NAMES[k] },
              { title: '市级截止', dataIndex: 'city', key: 'city', render: (v: string) => formatTime(v) },
              { title: '允许范围', key: 'range', render: (_: unknown, r) => <Typography.Text type="secondary">{`${formatTime(r.earliest)} 至 ${formatTime(r.latest)}`}</Typography.Text> },
              { title: '现行', key: 'now', render: (_: unknown, r) => (r.now !== r.city ? <Space size={4}>{formatTime(r.now)}<Tag color="orange">已调整</Tag></Space> : formatTime(r.now)) },
              ...(admin && officeId !== campaign.officeId
                ? [
                    {
                      title: '本级截止',
                      key: 'edit',
                      width: 340,
                      render: (_: unknown, r: Row) => (
                        <Space style={{ whiteSpace: 'nowrap' }}>
                          <Checkbox checked={r.key in edits} onChange={(e) => setEdits((x) => (e.target.checked ? { ...x, [r.key]: dayjs(r.now) } : Object.fromEntries(Object.entries(x).filter(([k]) => k !== r.key))))} aria-label={`调整${STAGE_NAMES[r.key]}`}>
                            调整
                          </Checkbox>
                          <DatePicker
                            showTime={{ format: 'HH:mm' }}
                            format="YYYY-MM-DD HH:mm"
                            disabled={!(r.key in edits)}
                            value={edits[r.key] ?? null}
                            onChange={(v) => setEdits((x) => ({ ...x, [r.key]: v }))}
                            aria-label={`${STAGE_NAMES[r.key]}本级截止`}
                          />
                        </Space>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          {outside && (
            <Alert
              style={{ marginTop: 12 }}
              type="error"
              showIcon
              data-testid="override-error"
              message="截止时间超出市级范围"
              description={
                outside.range?.allowed && outside.range.stage ? (
                  <>
                    {STAGE_NAMES[outside.range.stage]}的截止时间须在 <b>{formatTime(outside.range.allowed.from)}</b> 至 <b>{formatTime(outside.range.allowed.to)}</b> 之间。
                  </>
                ) : (
                  outside.message
                )
              }
            />
          )}
          {admin && officeId !== campaign.officeId && (
            <Space style={{ marginTop: 12 }}>
              <Button type="primary" loading={saving} onClick={() => void save()}>
                保存本级截止时间
              </Button>
              <Popconfirm title="清除本级调整？" description="各阶段将沿用上级（区县或市级）的时间。" onConfirm={() => save(true)} okText="清除" cancelText="取消">
                <Button>清除调整</Button>
              </Popconfirm>
            </Space>
          )}
        </PageState>
      )}
    </Space>
  );
}
