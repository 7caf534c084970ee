import type { Migration } from './index';

/** A rectification notice's photos of the problem (seed 003): attachments of the case that name the notice. */
export const migration016NoticePhotos: Migration = {
  version: 16,
  name: 'notice-photos',
  up: `ALTER TABLE attachments ADD COLUMN notice_id TEXT;`,
};
