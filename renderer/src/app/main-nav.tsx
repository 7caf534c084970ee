import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { leave } from '../lib/leave-guard';
import { hrefFor, navigate, useRoute, type Route } from '../lib/route';
import { useCan } from '../features/session/session-context';
import { mayOpen } from './route-view';

const plainClick = (event: MouseEvent) => event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;

function NavLink({ to, current, label }: { to: Route; current: boolean; label: string }) {
  return (
    <a
      className="main-nav__link"
      href={hrefFor(to)}
      aria-current={current ? 'page' : undefined}
      onClick={(event) => {
        if (!plainClick(event)) return;
        // Goes through the leave guard, so a half-typed complaint is not lost by a stray click.
        event.preventDefault();
        leave(() => navigate(to));
      }}
    >
      {label}
    </a>
  );
}

/** 工作台 · 案件列表 · 登记投诉 · 回访 · 群诉 · 同步 · 统计 · 打印 · 设置 · 访问记录 · 备份与恢复, each only for who may open it. */
export function MainNav() {
  const { t } = useTranslation();
  const route = useRoute();
  const can = useCan();
  const link = (to: Route, label: string, current = route.name === to.name) =>
    mayOpen(to.name, can) && <NavLink to={to} current={current} label={label} />;
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      {link({ name: 'home' }, t('nav.home'))}
      {link({ name: 'cases' }, t('nav.cases'), route.name === 'cases' || route.name === 'case')}
      {link({ name: 'intake' }, t('nav.intake'))}
      {link({ name: 'callbacks' }, t('nav.callbacks'))}
      {link({ name: 'groups' }, t('nav.groups'))}
      {link({ name: 'sync' }, t('nav.sync'))}
      {link({ name: 'stats' }, t('nav.stats'))}
      {link({ name: 'print' }, t('printing.title'))}
      {link({ name: 'settings' }, t('nav.settings'))}
      {link({ name: 'access-log' }, t('nav.accessLog'))}
      {link({ name: 'backups' }, t('nav.backups'))}
    </nav>
  );
}
