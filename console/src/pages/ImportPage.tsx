import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Col, Radio, Row, Space, Statistic, Switch, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { downloadTemplate, importRoster, ROSTER_NAMES, type ImportReport, type ImportRow, type RosterKind } from '../api/imports';
import { errorMessage } from '../lib/errors';

const STATUS: Record<ImportRow['status'], { label: string; color: string }> = {
  created: { label: '新增', color: 'green' },
  updated: { label: '更新', color: 'blue' },
  unchanged: { label: '无变化', color: 'default' },
  skipped: { label: '跳过', color: 'gold' },
  rejected: { label: '未导入', color: 'red' },
};

const KINDS: RosterKind[] = ['instructors', 'enterprises'];

/** 导入: upload a roster (CSV in UTF-8 or GBK, or XLSX) and read the per-row report. */
export default function ImportPage() {
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const kind: RosterKind = params.get('kind') === 'enterprises' ? 'enterprises' : 'instructors';
  const [uploading, setUploading] = useState(false);
  const [report, setReport] = useState<{ kind: RosterKind; file: string; result: ImportReport }>();
  const [error, setError] = useState<string>();
  const [problemsOnly, setProblemsOnly] = useState(false);

  const upload = async (file: File) => {
    setUploading(true);
    setError(undefined);
    setReport(undefined);
    try {
      const result = await importRoster(kind, file);
      setReport({ kind, file: file.name, result });
      setProblemsOnly(result.rejected > 0);
      if (result.rejected) message.warning(`导入完成，${result.rejected} 行未导入，请查看下方报告`);
      else message.success('导入完成');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setUploading(false);
    }
  };

  const template = (format: 'xlsx' | 'csv') => downloadTemplate(kind, format).catch((err: unknown) => message.error(errorMessage(err)));
  const rows = report ? report.result.rows.filter((r) => !problemsOnly || r.status === 'rejected' || r.status === 'skipped') : [];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            <span>名单类型：</span>
            <Radio.Group
              value={kind}
              onChange={(e) => {
                setParams({ kind: e.target.value as RosterKind });
                setReport(undefined);
                setError(undefined);
              }}
              optionType="button"
              buttonStyle="solid"
              options={KINDS.map((k) => ({ value: k, label: `${ROSTER_NAMES[k]}名单` }))}
            />
            <Button icon={<DownloadOutlined />} onClick={() => void template('xlsx')}>
              下载{ROSTER_NAMES[kind]}模板（Excel）
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => void template('csv')}>
              CSV 模板
            </Button>
          </Space>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {kind === 'instructors'
              ? '按手机号识别学员：已有的更新，新的新增并生成绑定码。和创办代码须在您的管辖范围内。'
              : '按统一社会信用代码识别企业：已有的更新，新的新增；每行可带一名联系人（姓名和手机需同时填写）。'}
            支持 Excel（.xlsx）和 CSV（UTF-8 或 GBK 编码）。
          </Typography.Paragraph>
          <Upload.Dragger
            accept=".xlsx,.csv"
            multiple={false}
            showUploadList={false}
            disabled={uploading}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{uploading ? '正在导入，请稍候…' : `点击或拖入${ROSTER_NAMES[kind]}名单文件`}</p>
            <p className="ant-upload-hint">每次一个文件；导入后显示逐行结果</p>
          </Upload.Dragger>
          {error && <Alert type="error" showIcon message="导入失败" description={error} role="alert" />}
        </Space>
      </Card>
      {report && (
        <Card
          title={`导入报告：${report.file}（${ROSTER_NAMES[report.kind]}名单）`}
          extra={
            <Space>
              <span>只看有问题的行</span>
              <Switch checked={problemsOnly} onChange={setProblemsOnly} aria-label="只看有问题的行" />
            </Space>
          }
          data-testid="import-report"
        >
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col span={4}>
              <Statistic title="总行数" value={report.result.total} />
            </Col>
            <Col span={4}>
              <Statistic title="新增" value={report.result.created} valueStyle={{ color: '#389e0d' }} />
            </Col>
            <Col span={4}>
              <Statistic title="更新" value={report.result.updated} valueStyle={{ color: '#1677ff' }} />
            </Col>
            <Col span={4}>
              <Statistic title="无变化" value={report.result.unchanged} />
            </Col>
            <Col span={4}>
              <Statistic title="未导入" value={report.result.rejected} valueStyle={{ color: report.result.rejected ? '#c8161d' : undefined }} />
            </Col>
          </Row>
          <Table<ImportRow>
            rowKey={(r) => `${r.row}-${r.status}-${r.field ?? ''}`}
            size="small"
            dataSource={rows}
            locale={{ emptyText: problemsOnly ? '没有有问题的行' : '文件中没有数据行' }}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            rowClassName={(r) => (r.status === 'rejected' ? 'import-row-rejected' : '')}
            columns={[
              { title: '行号', dataIndex: 'row', key: 'row', width: 80 },
              { title: '结果', dataIndex: 'status', key: 'status', width: 100, render: (s: ImportRow['status']) => <Tag color={STATUS[s].color}>{STATUS[s].label}</Tag> },
              { title: '列', dataIndex: 'field', key: 'field', width: 160, render: (v?: string) => v ?? '—' },
              { title: '原因', dataIndex: 'reason', key: 'reason', render: (v?: string) => v ?? '—' },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
