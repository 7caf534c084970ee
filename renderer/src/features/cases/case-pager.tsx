import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { pageCount } from './list-state';

interface CasePagerProps {
  pageIndex: number;
  total: number;
  onPage: (pageIndex: number) => void;
}

/** 共 N 件 · 上一页 · 第 x / y 页 · 下一页 */
export function CasePager({ pageIndex, total, onPage }: CasePagerProps) {
  const { t } = useTranslation();
  const pages = pageCount(total);
  return (
    <nav className="pager" aria-label={t('cases.paging')}>
      <span className="pager__total" role="status">
        {t('cases.total', { n: total })}
      </span>
      <Button size="small" disabled={pageIndex <= 0} onClick={() => onPage(pageIndex - 1)}>
        {t('cases.previous')}
      </Button>
      <span className="pager__page">{t('cases.page', { page: pageIndex + 1, pages })}</span>
      <Button size="small" disabled={pageIndex + 1 >= pages} onClick={() => onPage(pageIndex + 1)}>
        {t('cases.next')}
      </Button>
    </nav>
  );
}
