// Who is signed in, for showing curation controls to editors only (the server checks every
// change anyway: a viewer's mutation is refused with FORBIDDEN whatever the page shows).
import { useEffect, useState } from 'react';
import { meRole } from './api.ts';

export type Role = 'viewer' | 'editor' | 'admin';
export interface Me {
  name: string;
  role: Role;
}

/** `undefined` while loading; null when nobody is signed in. */
export type MeState = Me | null | undefined;

const listeners = new Set<(m: MeState) => void>();
let cached: MeState;
let inflight: Promise<MeState> | null = null;

async function fetchMe(): Promise<MeState> {
  try {
    const me = await meRole();
    return me ? { name: me.name, role: me.role } : null;
  } catch {
    return null;
  }
}

/** Re-read who is signed in (after signing in or out). */
export function refreshMe(): Promise<MeState> {
  inflight = fetchMe().then((m) => {
    cached = m;
    inflight = null;
    for (const l of listeners) l(m);
    return m;
  });
  return inflight;
}

export function useMe(): MeState {
  const [me, setMe] = useState<MeState>(cached);
  useEffect(() => {
    listeners.add(setMe);
    if (cached === undefined && !inflight) void refreshMe();
    return () => {
      listeners.delete(setMe);
    };
  }, []);
  return me;
}

export function canCurate(me: MeState): boolean {
  return !!me && (me.role === 'editor' || me.role === 'admin');
}
