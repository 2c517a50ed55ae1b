import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { setAccessToken, setUnauthenticatedHandler, type Schemas } from '../api/client';
import type { Role } from '../nav/navigation';

export type Account = Schemas['Account'];

interface Stored {
  token: string;
  account: Account;
  expiresAt: number;
  mustChangePassword: boolean;
}

interface Session {
  account: Account | null;
  role: Role | undefined;
  mustChangePassword: boolean;
  signIn(result: Schemas['LoginResult']): void;
  signOut(reason?: 'expired'): void;
  /** Set when the last session ended with a 401, to tell the user on the login page. */
  expired: boolean;
  passwordChanged(account: Account): void;
}

const STORAGE_KEY = 'alliance.console.session';
const SessionContext = createContext<Session | null>(null);

function load(): Stored | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Stored | null;
    if (stored && stored.expiresAt > Date.now()) return stored;
  } catch {
    /* nothing usable stored */
  }
  sessionStorage.removeItem(STORAGE_KEY);
  return null;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [stored, setStored] = useState<Stored | null>(() => {
    const s = load();
    setAccessToken(s?.token ?? null);
    return s;
  });
  const [expired, setExpired] = useState(false);

  const save = useCallback((next: Stored | null) => {
    if (next) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    else sessionStorage.removeItem(STORAGE_KEY);
    setAccessToken(next?.token ?? null);
    setStored(next);
  }, []);

  const signOut = useCallback(
    (reason?: 'expired') => {
      save(null);
      setExpired(reason === 'expired');
      queryClient.clear();
      // The service worker's copies of audits and organisations belong to the session that read them.
      if (typeof caches !== 'undefined') void caches.delete('alliance-data-v1');
    },
    [save, queryClient],
  );

  useEffect(() => {
    setUnauthenticatedHandler(() => signOut('expired'));
    return () => setUnauthenticatedHandler(null);
  }, [signOut]);

  const value = useMemo<Session>(
    () => ({
      account: stored?.account ?? null,
      role: stored?.account.role,
      mustChangePassword: stored?.mustChangePassword ?? false,
      expired,
      signIn: (result) => {
        setExpired(false);
        save({
          token: result.accessToken,
          account: result.account,
          expiresAt: Date.now() + result.expiresIn * 1000,
          mustChangePassword: result.mustChangePassword,
        });
      },
      signOut,
      passwordChanged: (account) => stored && save({ ...stored, account, mustChangePassword: false }),
    }),
    [stored, expired, save, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}
