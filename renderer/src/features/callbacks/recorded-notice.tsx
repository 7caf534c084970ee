import { Alert } from 'antd';

/**
 * "Recorded" after a callback is saved. The status region is always in the page, empty until
 * there is news, so a screen reader reads the news out when it arrives; the Alert only shows it.
 */
export function RecordedNotice({ notice }: { notice: string }) {
  return <div role="status">{notice && <Alert type="success" showIcon role="none" className="callback-banner" title={notice} />}</div>;
}
