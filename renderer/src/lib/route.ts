/**
 * Hash routing, small enough not to need a router library:
 * `#/home` (also the start page), `#/cases` (optionally `?queue=overdue`, and the list's
 * filters, sort and page, e.g. `?status=dispatched&from=2026-11-01`),
 * `#/cases/new`, `#/cases/<id>`, and one page per feature (`#/callbacks`,
 * `#/groups` (optionally `?group=<id>`), `#/claims`, `#/sync`, `#/stats`, `#/settings`, `#/print`, `#/access-log`, `#/backups`).
 */
import { useSyncExternalStore } from 'react';
import { QUEUES, type QueueName } from '../../../shared/schemas/lifecycle';

/** Pages that are one fixed path each. */
export const SECTIONS = ['home', 'callbacks', 'groups', 'claims', 'sync', 'stats', 'settings', 'print', 'access-log', 'backups'] as const;
export type Section = (typeof SECTIONS)[number];

export type Route =
  | { name: 'cases'; queue?: QueueName; /** The list's own parameters (filters, sort, page) as a query string. */ list?: string }
  | { name: 'intake' }
  | { name: 'case'; id: string }
  | { name: 'groups'; groupId?: string }
  | { name: Exclude<Section, 'groups'> }
  | { name: 'notFound' };

const isQueue = (value: string | null): value is QueueName => value !== null && (QUEUES as readonly string[]).includes(value);

export function parseHash(hash: string): Route {
  const [rawPath = '', rawQuery = ''] = hash.replace(/^#/, '').split('?', 2);
  const path = rawPath.replace(/\/+$/, '');
  const query = new URLSearchParams(rawQuery);
  if (path === '') return { name: 'home' };
  if (path === '/cases') {
    const queue = query.get('queue');
    query.delete('queue');
    const list = query.toString();
    return { name: 'cases', ...(isQueue(queue) ? { queue } : {}), ...(list ? { list } : {}) };
  }
  if (path === '/cases/new') return { name: 'intake' };
  if (path === '/groups') {
    const groupId = query.get('group');
    return groupId ? { name: 'groups', groupId } : { name: 'groups' };
  }
  const section = SECTIONS.find((name) => path === `/${name}`);
  if (section && section !== 'groups') return { name: section };
  const match = /^\/cases\/([^/]+)$/.exec(path);
  if (match?.[1]) return { name: 'case', id: decodeURIComponent(match[1]) };
  return { name: 'notFound' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'cases': {
      const query = [route.queue ? `queue=${route.queue}` : '', route.list ?? ''].filter(Boolean).join('&');
      return query ? `#/cases?${query}` : '#/cases';
    }
    case 'notFound':
      return '#/cases';
    case 'intake':
      return '#/cases/new';
    case 'case':
      return `#/cases/${encodeURIComponent(route.id)}`;
    case 'groups':
      return route.groupId ? `#/groups?group=${encodeURIComponent(route.groupId)}` : '#/groups';
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
