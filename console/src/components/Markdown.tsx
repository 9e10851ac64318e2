import { useMemo } from 'react';
import MarkdownIt from 'markdown-it';
import { Col, Input, Row, Typography } from 'antd';

/**
 * Markdown as readers will see it: the server renders lesson and news bodies with markdown-it
 * (`html: false`, so raw HTML shows as text and script links are refused: src/markdown.ts); the
 * console renders with the same settings, so the preview is what goes out.
 */
const md = new MarkdownIt({ html: false, linkify: true, breaks: true });

export function MarkdownView({ source, empty = '（正文为空）' }: { source: string; empty?: string }) {
  const html = useMemo(() => md.render(source), [source]);
  if (!source.trim()) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  // Safe: markdown-it with html:false escapes every tag of the source.
  return <div className="markdown-body" data-testid="markdown-preview" dangerouslySetInnerHTML={{ __html: html }} />;
}

interface EditorProps {
  value?: string;
  onChange?: (value: string) => void;
  rows?: number;
  placeholder?: string;
  maxLength?: number;
  id?: string;
}

/** A markdown text area with its live preview beside it (a Form.Item control). */
export function MarkdownEditor({ value = '', onChange, rows = 14, placeholder, maxLength, id }: EditorProps) {
  return (
    <Row gutter={12}>
      <Col xs={24} lg={12}>
        <Input.TextArea id={id} value={value} onChange={(e) => onChange?.(e.target.value)} rows={rows} placeholder={placeholder ?? '支持 Markdown：# 标题、**加粗**、- 列表、[链接](https://…)'} maxLength={maxLength} showCount={Boolean(maxLength)} className="markdown-source" aria-label="正文（Markdown）" />
      </Col>
      <Col xs={24} lg={12}>
        <div className="markdown-preview-box" aria-label="预览">
          <div className="markdown-preview-label">预览</div>
          <MarkdownView source={value} />
        </div>
      </Col>
    </Row>
  );
}
