/**
 * Hash routing, small enough not to need a router library:
 * `#/home`, `#/cases`, `#/cases/new`, `#/cases/<id>`, and one page per
 * feature (`#/callbacks`, `#/groups`, `#/sync`, `#/stats`, `#/settings`).
 */
import { useSyncExternalStore } from 'react';

/** Pages that are one fixed path each. */
export const SECTIONS = ['home', 'callbacks', 'groups', 'sync', 'stats', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

export type Route =
  | { name: 'cases' }
  | { name: 'intake' }
  | { name: 'case'; id: string }
  | { name: Section }
  | { name: 'notFound' };

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  if (path === '' || path === '/cases') return { name: 'cases' };
  if (path === '/cases/new') return { name: 'intake' };
  const section = SECTIONS.find((name) => path === `/${name}`);
  if (section) return { name: section };
  const match = /^\/cases\/([^/]+)$/.exec(path);
  if (match?.[1]) return { name: 'case', id: decodeURIComponent(match[1]) };
  return { name: 'notFound' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'cases':
    case 'notFound':
      return '#/cases';
    case 'intake':
      return '#/cases/new';
    case 'case':
      return `#/cases/${encodeURIComponent(route.id)}`;
    default:
      return `#/${route.name}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = () => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, readHash);
  return parseHash(hash);
}
