import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

interface SectionCardProps {
  /** The heading's id: the card is a region named by it, so people (and tests) find the part by its heading. */
  titleId: string;
  title: ReactNode;
  /** A line under the title saying what the part is for. */
  intro?: string | undefined;
  /** h1 for a screen that is one card (sign-in, first run), h2 for a part of a page, h3 for a part inside one. */
  level?: 1 | 2 | 3;
  size?: 'small' | 'default';
  /** Buttons at the right of the title bar. */
  extra?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** One part of a screen on an antd Card whose title is a real heading. */
export function SectionCard({ titleId, title, intro, level = 2, size = 'default', extra, className, children }: SectionCardProps) {
  const Heading = (['h1', 'h2', 'h3'] as const)[level - 1]!;
  return (
    <Card
      size={size}
      role="region"
      aria-labelledby={titleId}
      className={className}
      extra={extra}
      title={
        <Heading id={titleId} className="section-card__title">
          {title}
        </Heading>
      }
    >
      {intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
      {children}
    </Card>
  );
}
