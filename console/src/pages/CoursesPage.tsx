import { Route, Routes, useSearchParams } from 'react-router-dom';
import { Card, Tabs } from 'antd';
import { CourseList } from './courses/CourseList';
import { CourseDetail } from './courses/CourseDetail';
import { BankList } from './courses/BankList';
import { BankDetail } from './courses/BankDetail';
import { NotFoundPage } from './StatusPages';

/**
 * 课程与题库: courses (modules, lessons with a markdown editor, quizzes, publishing) and question
 * banks (questions, import). Everything is of my subtree; viewers read, editors and admins write.
 */
export default function CoursesPage() {
  return (
    <Routes>
      <Route index element={<Lists />} />
      <Route path="banks/:bankId" element={<BankDetail />} />
      <Route path=":courseId" element={<CourseDetail />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function Lists() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'banks' ? 'banks' : 'courses';
  return (
    <Card>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'banks' ? { tab: 'banks' } : {})}
        items={[
          { key: 'courses', label: '课程', children: <CourseList /> },
          { key: 'banks', label: '题库', children: <BankList /> },
        ]}
      />
    </Card>
  );
}
