import { useMemo, useState } from 'react';
import { Alert, Card, Descriptions, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { Questions } from '../../api/reports';
import { Chart, type ChartOption } from '../../components/Chart';
import { OfficeSelect } from '../../components/OfficeSelect';
import { PageState } from '../../components/PageState';
import { ReportJobDone, ReportJobProgress } from '../../components/ReportJobProgress';
import { useReportJob } from '../../lib/use-report-job';
import { CourseSelect, ExportButton, GREEN, Note, nothingYet, RED, Toolbar } from './common';

type QuizStats = Questions['quizzes'][number];
type QRow = QuizStats['questions'][number];
type Figure = QRow['facility'];

const REASONS: Record<QRow['reasons'][number], string> = { low_efficiency: '区分效率低于 15%', negative_discrimination: '区分度为负' };
const FEW = 30;

/** A figure with its 95% interval: 62.5% [48.1, 75.0]. */
function Fig({ f, unit = '%', digits = 1 }: { f: Figure; unit?: string; digits?: number }) {
  if (f.value === null) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span>
      {f.value.toFixed(digits)}
      {unit}
      {f.low !== null && f.high !== null && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {' '}
          [{f.low.toFixed(digits)}, {f.high.toFixed(digits)}]
        </Typography.Text>
      )}
    </span>
  );
}

/** 题目质量: per quiz, Moodle's statistics on each learner's first graded attempt, with 95% intervals and small-sample warnings. */
export function QuestionsReport() {
  const [officeId, setOfficeId] = useState<string>();
  const [courseId, setCourseId] = useState<string>();
  const [quizId, setQuizId] = useState<string>();
  // The whole course's quizzes in one job; the quiz filter is applied here (and its export asks for a job of that quiz).
  const report = useReportJob('questions', { officeId, courseId }, [officeId, courseId]);
  const d = report.data;
  const quizzes = (d?.quizzes ?? []).filter((q) => !quizId || q.quizId === quizId);
  return (
    <>
      <Toolbar>
        <OfficeSelect value={officeId} onChange={setOfficeId} placeholder="本级（含下级）学员" />
        <CourseSelect
          value={courseId}
          onChange={(v) => {
            setQuizId(undefined);
            setCourseId(v);
          }}
        />
        <Select allowClear placeholder="全部测验" style={{ width: 240 }} value={quizId} onChange={setQuizId} options={(d?.quizzes ?? []).map((q) => ({ value: q.quizId, label: q.title }))} aria-label="测验" />
        <ReportJobDone job={report} />
        <ExportButton report="questions" query={{ officeId, courseId, quizId }} job={{ id: quizId ? undefined : report.jobId, running: report.running }} />
      </Toolbar>
      <PageState loading={report.running} loadingView={<ReportJobProgress status={report.status} />} error={nothingYet(report.error) ? undefined : report.error} onRetry={report.reload} empty={nothingYet(report.error) || (d && quizzes.length === 0)} emptyText="暂无已发布课程的测验">
        {d && (
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            {quizzes.map((q) => (
              <QuizCard key={q.quizId} q={q} />
            ))}
            <Note>
              按 Moodle 的统计公式，取每名学员首次评分的作答。易度：答对比例（Wilson 区间）；区分度：该题与其余题得分的相关系数（Fisher z 区间）；区分效率低于 15% 或区分度为负的题目标为“需复核”。作答少于 {FEW} 次时，数字仅供参考。
            </Note>
          </Space>
        )}
      </PageState>
    </>
  );
}

function QuizCard({ q }: { q: QuizStats }) {
  const flagged = q.questions.filter((x) => x.flagged).length;
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v.toFixed(1)}%` : '—') },
      xAxis: { type: 'category', data: q.questions.map((_, i) => `第${i + 1}题`) },
      yAxis: { type: 'value', min: (v: { min: number }) => Math.min(0, Math.floor(v.min)), max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        { name: '易度', type: 'bar', barMaxWidth: 18, itemStyle: { color: '#1677ff' }, data: q.questions.map((x) => x.facility.value) },
        {
          name: '区分度',
          type: 'bar',
          barMaxWidth: 18,
          data: q.questions.map((x) => ({ value: x.discrimination.value, itemStyle: { color: x.flagged ? RED : GREEN } })),
          markLine: { symbol: 'none', lineStyle: { color: '#8c8c8c', type: 'dashed' }, label: { show: false }, data: [{ yAxis: 0 }] },
        },
      ],
    }),
    [q],
  );
  return (
    <Card
      size="small"
      data-testid="quiz-stats"
      title={
        <Space>
          <span>{q.title}</span>
          <Tag>{q.kind === 'final' ? '结业考试' : '模块测验'}</Tag>
          {flagged > 0 && <Tag color="red">{flagged} 题需复核</Tag>}
        </Space>
      }
    >
      {q.attempts === 0 ? (
        <Typography.Text type="secondary">还没有学员完成这个测验。</Typography.Text>
      ) : (
        <>
          {q.quiz.fewAttempts && <Alert type="warning" showIcon style={{ marginBottom: 8 }} message={`仅 ${q.quiz.attempts} 次作答（少于 ${FEW} 次），样本太小，以下数字和区间仅供参考。`} />}
          <Descriptions size="small" column={{ xs: 1, md: 3, xl: 6 }}>
            <Descriptions.Item label="作答">{q.attempts}</Descriptions.Item>
            <Descriptions.Item label="题数">{q.quiz.positions}</Descriptions.Item>
            <Descriptions.Item label="平均分">{q.quiz.meanTotal === null ? '—' : q.quiz.meanTotal.toFixed(2)}</Descriptions.Item>
            <Descriptions.Item label="内部一致性 α">
              <Fig f={q.quiz.alpha} />
            </Descriptions.Item>
            <Descriptions.Item label="误差比">
              <Fig f={q.quiz.errorRatio} />
            </Descriptions.Item>
            <Descriptions.Item label="标准误">
              <Fig f={q.quiz.standardError} unit="" digits={2} />
            </Descriptions.Item>
          </Descriptions>
          {q.skippedWithoutAnswers > 0 && <Typography.Text type="secondary">另有 {q.skippedWithoutAnswers} 次作答没有答案，未计入。</Typography.Text>}
          {q.questions.length > 0 && <Chart option={option} height={220} label={`${q.title}：各题易度与区分度`} />}
          <Table<QRow>
            rowKey="questionId"
            size="small"
            pagination={false}
            dataSource={q.questions}
            rowClassName={(r) => (r.flagged ? 'row-flagged' : r.fewAttempts ? 'row-warning' : '')}
            locale={{ emptyText: '还没有作答' }}
            scroll={{ x: true }}
            columns={[
              { title: '#', key: 'n', width: 48, render: (_: unknown, _r, i) => i + 1 },
              { title: '题干', dataIndex: 'stem', key: 'stem', ellipsis: true, width: 280 },
              { title: '作答', dataIndex: 'attempts', key: 'a', align: 'right', render: (v: number, r) => (r.fewAttempts ? <Tooltip title={`少于 ${FEW} 次，仅供参考`}><Typography.Text type="warning">{v} ⚠</Typography.Text></Tooltip> : v) },
              { title: '易度', dataIndex: 'facility', key: 'f', render: (f: Figure) => <Fig f={f} /> },
              { title: '标准差', dataIndex: 'sd', key: 'sd', render: (f: Figure) => <Fig f={f} /> },
              { title: '区分度', dataIndex: 'discrimination', key: 'd', render: (f: Figure) => <Fig f={f} /> },
              { title: '区分效率', dataIndex: 'efficiency', key: 'e', render: (f: Figure) => <Fig f={f} /> },
              { title: '提示', key: 'flags', render: (_: unknown, r) => (r.reasons.length ? r.reasons.map((x) => <Tag key={x} color="red">{REASONS[x]}</Tag>) : <Tag color="green">正常</Tag>) },
            ]}
          />
        </>
      )}
    </Card>
  );
}
