import { Table, Tag, Typography } from 'antd';
import { STAGE_NAMES, type CampaignDetail, type StageKey } from '../../api/campaigns';
import { useMe } from '../../auth/AuthContext';
import { formatTime } from '../../lib/format';

interface Row {
  key: StageKey;
  city: string;
  mine?: string;
}

/** The city's six deadlines and those that apply to my office (a district's own where set). */
export function DeadlinesTab({ campaign }: { campaign: CampaignDetail }) {
  const { me } = useMe();
  const mine = new Map(campaign.mine.stages.map((s) => [s.key, s.deadline]));
  const rows: Row[] = campaign.stages.map((s) => ({ key: s.key, city: s.deadline, mine: mine.get(s.key) }));
  return (
    <>
      <Table<Row>
        rowKey="key"
        size="middle"
        pagination={false}
        dataSource={rows}
        data-testid="deadlines-table"
        columns={[
          { title: '#', key: 'n', width: 48, render: (_: unknown, _r, i) => i + 1 },
          { title: '阶段', dataIndex: 'key', key: 'stage', render: (k: StageKey) => STAGE_NAMES[k] },
          { title: '市级截止', dataIndex: 'city', key: 'city', render: (v: string) => formatTime(v) },
          {
            title: `${me.office.name}适用`,
            key: 'mine',
            render: (_: unknown, r) =>
              r.mine && r.mine !== r.city ? (
                <>
                  {formatTime(r.mine)} <Tag color="orange">区县调整</Tag>
                </>
              ) : (
                formatTime(r.city)
              ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        提醒：截止前 {campaign.offsets.daysBefore.join('、') || '—'} 天{campaign.offsets.onTheDayAt ? `，及当天 ${campaign.offsets.onTheDayAt}` : ''}；免打扰时段内的提醒顺延到允许时间发送。
      </Typography.Paragraph>
    </>
  );
}
