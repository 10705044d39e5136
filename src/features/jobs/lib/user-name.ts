import type { LenientUser } from '../../../../contract/lenient.ts';

/** A user as people know them: their name, or their id when the server gives none. */
export const userName = (u: Pick<LenientUser, 'id' | 'firstName' | 'lastName'>): string => `${u.firstName} ${u.lastName}`.trim() || u.id;
