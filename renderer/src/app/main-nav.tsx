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

/** 案件列表 · 登记投诉 */
export function MainNav() {
  const { t } = useTranslation();
  const route = useRoute();
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <NavLink to={{ name: 'cases' }} current={route.name === 'cases' || route.name === 'case'} label={t('nav.cases')} />
      <NavLink to={{ name: 'intake' }} current={route.name === 'intake'} label={t('nav.intake')} />
    </nav>
  );
}
