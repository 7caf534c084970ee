import { CheckCircleFilled } from '@ant-design/icons';
import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { SectionCard } from '../../ui/section-card';

interface ResultCardProps {
  id: string;
  title: string;
  /** A finished step (exported, imported, synced) gets a green tick before its title. */
  done?: boolean;
  children: ReactNode;
}

/** What a step did or would do, in a small card that is a region named by its title. */
export function ResultCard({ id, title, done, children }: ResultCardProps) {
  return (
    <SectionCard
      size="small"
      level={3}
      titleId={id}
      className="sync-result"
      title={
        <>
          {done && (
            <Typography.Text type="success" className="sync-result__tick">
              <CheckCircleFilled aria-hidden="true" />
            </Typography.Text>
          )}
          {title}
        </>
      }
    >
      {children}
    </SectionCard>
  );
}
