import { useCallback, useEffect, useMemo, useState } from 'react';
import { coreApis, useApi } from '@backstage/frontend-plugin-api';

const KEY = 'conversationId';
const GIVE_UP_MS = 5000;

/**
 * The id of the conversation the user last worked on, kept in Backstage's storage API (the
 * browser's local storage, or the user-settings backend when the app installs it), so the page
 * reopens it after a reload. `undefined` while the storage has not answered yet.
 *
 * The storage is read once, when the page opens; after that this page is the one changing it,
 * so later notifications (which may lag behind its own writes) are not applied.
 */
export function useStoredConversationId(): {
  stored: string | null | undefined;
  store: (id: string | null) => void;
} {
  const storage = useApi(coreApis.storage);
  const bucket = useMemo(() => storage.forBucket('serveplan'), [storage]);
  const [stored, setStored] = useState<string | null | undefined>(() => {
    const snapshot = bucket.snapshot<string>(KEY);
    if (snapshot.presence === 'unknown') return undefined;
    return typeof snapshot.value === 'string' ? snapshot.value : null;
  });
  const known = stored !== undefined;

  useEffect(() => {
    if (known) return undefined;
    // A storage that never answers (its backend down) must not hold the page: treat it as empty.
    const timer = setTimeout(
      () => setStored(s => (s === undefined ? null : s)),
      GIVE_UP_MS,
    );
    const subscription = bucket.observe$<string>(KEY).subscribe(snapshot => {
      if (snapshot.presence === 'unknown') return;
      setStored(s => (s === undefined ? snapshot.value ?? null : s));
    });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [bucket, known]);

  const store = useCallback(
    (id: string | null) => {
      setStored(id);
      // Storage failures only cost the reopen-after-reload convenience; the URL still has the id.
      (id ? bucket.set(KEY, id) : bucket.remove(KEY)).catch(() => undefined);
    },
    [bucket],
  );

  return { stored, store };
}
