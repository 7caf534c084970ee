/** The name last signed in with on this computer, so a person at their own desk types only the password. */
import { remembered } from '../../lib/remembered';

const lastName = remembered('complaint-desk.last-sign-in');

export const rememberedName = (): string => lastName.read();
export const remember = (name: string): void => lastName.write(name);
