import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { leave } from '../lib/leave-guard';
import { hrefFor, navigate, useRoute, type Route } from '../lib/route';

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

/** 工作台 · 案件列表 · 登记投诉 · 回访 · 群诉 · 同步 · 统计 · 打印 · 设置 */
export function MainNav() {
  const { t } = useTranslation();
  const route = useRoute();
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <NavLink to={{ name: 'home' }} current={route.name === 'home'} label={t('nav.home')} />
      <NavLink to={{ name: 'cases' }} current={route.name === 'cases' || route.name === 'case'} label={t('nav.cases')} />
      <NavLink to={{ name: 'intake' }} current={route.name === 'intake'} label={t('nav.intake')} />
      <NavLink to={{ name: 'callbacks' }} current={route.name === 'callbacks'} label={t('nav.callbacks')} />
      <NavLink to={{ name: 'groups' }} current={route.name === 'groups'} label={t('nav.groups')} />
      <NavLink to={{ name: 'sync' }} current={route.name === 'sync'} label={t('nav.sync')} />
      <NavLink to={{ name: 'stats' }} current={route.name === 'stats'} label={t('nav.stats')} />
      <NavLink to={{ name: 'print' }} current={route.name === 'print'} label={t('printing.title')} />
      <NavLink to={{ name: 'settings' }} current={route.name === 'settings'} label={t('nav.settings')} />
    </nav>
  );
}
