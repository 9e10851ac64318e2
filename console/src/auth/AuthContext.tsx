import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { signIn as apiSignIn, signOut as apiSignOut, whoAmI, type Me, type Role } from '../api/auth';
import { ApiError, onSignedOut } from '../api/client';
import { forgetOffices } from '../lib/offices';

type Status = 'loading' | 'signedIn' | 'signedOut' | 'unavailable';

interface Auth {
  status: Status;
  me: Me | undefined;
  role: Role;
  /** Why /me could not be read (the server is down), for the start-up error state. */
  error: unknown;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  retry(): void;
}

const AuthContext = createContext<Auth | null>(null);

/**
 * Who is signed in. On load it asks GET /api/admin/me (the client refreshes an expired session
 * first); the session itself is the server's cookies, so a reload keeps it and nothing is stored here.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>('loading');
  const [me, setMe] = useState<Me>();
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    onSignedOut(() => {
      setMe(undefined);
      setStatus('signedOut');
    });
  }, []);

  useEffect(() => {
    let live = true;
    whoAmI().then(
      (found) => {
        if (!live) return;
        setMe(found);
        setStatus('signedIn');
      },
      (err: unknown) => {
        if (!live) return;
        if (err instanceof ApiError && (err.status === 401 || err.status === 403)) setStatus('signedOut');
        else {
          setError(err);
          setStatus('unavailable');
        }
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const signIn = useCallback(async (username: string, password: string) => {
    await apiSignIn(username, password);
    forgetOffices();
    setMe(await whoAmI());
    setStatus('signedIn');
  }, []);

  const signOut = useCallback(async () => {
    try {
      await apiSignOut();
    } finally {
      forgetOffices();
      setMe(undefined);
      setStatus('signedOut');
    }
  }, []);

  const retry = useCallback(() => {
    setStatus('loading');
    setAttempt((a) => a + 1);
  }, []);

  const value = useMemo<Auth>(() => ({ status, me, role: (me?.staff.role as Role | undefined) ?? 'viewer', error, signIn, signOut, retry }), [status, me, error, signIn, signOut, retry]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** The signed-in staff member; only inside pages behind the sign-in. */
export function useMe(): { me: Me; role: Role } {
  const { me, role } = useAuth();
  if (!me) throw new Error('useMe before sign-in');
  return { me, role };
}
