/**
 * Hash routing, small enough not to need a router library:
 * `#/cases`, `#/cases/new`, `#/cases/<id>`.
 */
import { useSyncExternalStore } from 'react';

export type Route = { name: 'cases' } | { name: 'intake' } | { name: 'case'; id: string } | { name: 'notFound' };

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  if (path === '' || path === '/cases') return { name: 'cases' };
  if (path === '/cases/new') return { name: 'intake' };
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
