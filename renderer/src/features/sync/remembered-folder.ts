/**
 * The folder last used for a sync file on this computer (usually the USB
 * stick's drive), so the next export or import starts there.
 */
import { remembered } from '../../lib/remembered';

const folder = remembered('complaint-desk.sync.folder');

export const rememberedFolder = (): string => folder.read();
export const rememberFolder = (value: string): void => folder.write(value);
