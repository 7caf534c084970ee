import type { MouseEvent } from 'react';
import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { leave } from '../lib/leave-guard';
import { hrefFor, navigate, useRoute, type Route } from '../lib/route';
import { useCan } from '../features/session/session-context';
import { mayOpen } from './route-view';

const plainClick = (event: MouseEvent) => event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;

function NavLink({ to, label, current }: { to: Route; label: string; current: boolean }) {
  return (
    <a
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

type Entry = { to: Route; label: string };

/** The section a page belongs to: a case's page is part of the case list. */
function sectionOf(route: Route): Route['name'] {
  return route.name === 'case' ? 'cases' : route.name;
}

/** 工作台 · 案件列表 · 登记投诉 · 回访 · 群诉 · 索赔档案 · 同步 · 统计 · 打印 · 设置 · 访问记录 · 备份与恢复, each only for who may open it. */
export function MainNav() {
  const { t } = useTranslation();
  const route = useRoute();
  const can = useCan();
  const entries: Entry[] = [
    { to: { name: 'home' }, label: t('nav.home') },
    { to: { name: 'cases' }, label: t('nav.cases') },
    { to: { name: 'intake' }, label: t('nav.intake') },
    { to: { name: 'callbacks' }, label: t('nav.callbacks') },
    { to: { name: 'groups' }, label: t('nav.groups') },
    { to: { name: 'claims' }, label: t('nav.claims') },
    { to: { name: 'sync' }, label: t('nav.sync') },
    { to: { name: 'stats' }, label: t('nav.stats') },
    { to: { name: 'print' }, label: t('printing.title') },
    { to: { name: 'settings' }, label: t('nav.settings') },
    { to: { name: 'access-log' }, label: t('nav.accessLog') },
    { to: { name: 'backups' }, label: t('nav.backups') },
  ];
  const current = sectionOf(route);
  const items: MenuProps['items'] = entries
    .filter((entry) => mayOpen(entry.to.name, can))
    .map((entry) => ({ key: entry.to.name, label: <NavLink to={entry.to} label={entry.label} current={entry.to.name === current} /> }));
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <Menu mode="inline" selectedKeys={[current]} items={items} />
    </nav>
  );
}
