import { join } from 'node:path';

/** The case book's file name inside the data folder. */
export const DATABASE_FILE_NAME = 'complaint-desk.sqlite3';

export function bookFile(dataDir: string): string {
  return join(dataDir, DATABASE_FILE_NAME);
}
