import type { ReactNode } from 'react';
import { Button, Empty, Result, Spin } from 'antd';
import { ApiError } from '../api/client';
import { errorMessage } from '../lib/errors';

interface Props {
  loading: boolean;
  error: unknown;
  onRetry?: () => void;
  /** True when the loaded data has nothing to show. */
  empty?: boolean;
  emptyText?: ReactNode;
  /** Shown instead of the spinner while loading (a report job's progress). */
  loadingView?: ReactNode;
  children?: ReactNode;
}

/** A page's (or a card's) loading, error and empty states, the same everywhere. */
export function PageState({ loading, error, onRetry, empty, emptyText, loadingView, children }: Props) {
  if (error) return <ErrorState error={error} onRetry={onRetry} />;
  if (loading && loadingView) return <>{loadingView}</>;
  if (loading) {
    return (
      <div className="page-state-loading" role="status" aria-live="polite">
        <Spin tip="加载中…" size="large">
          <div style={{ minHeight: 120 }} />
        </Spin>
      </div>
    );
  }
  if (empty) return <Empty description={emptyText ?? '暂无数据'} />;
  return <>{children}</>;
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const status = error instanceof ApiError && error.status === 403 ? '403' : error instanceof ApiError && error.status === 404 ? '404' : 'error';
  return (
    <Result
      status={status}
      title="加载失败"
      subTitle={errorMessage(error)}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            重试
          </Button>
        ) : undefined
      }
    />
  );
}
