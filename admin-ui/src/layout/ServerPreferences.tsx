import { useEffect, useState } from 'react';
import { useStoreContext } from 'react-admin';
import { useApi } from '../common/useApi';
import { queueColumnsPreference } from '../needs/queueColumns';
import { httpClient } from '../providers/httpClient';

interface SavedPreference {
  key: string;
  value: unknown;
}

/** Settings react-admin keeps in its store that are also kept on the server, per user. */
const SYNCED = [queueColumnsPreference] as {
  key: string;
  storeKey: string;
  toStore: (value: never) => unknown;
  fromStore: (value: never) => unknown;
}[];

const save = (key: string, value: unknown) =>
  httpClient(`/api/me/preferences/${key}`, { method: 'PUT', body: JSON.stringify({ value }) }).catch(() => undefined);

/**
 * On sign-in (and on a reload) puts the user's saved settings into react-admin's store, then saves each
 * change of them: the store lives in memory only, the server keeps the choice for any workstation.
 */
export function ServerPreferences() {
  const store = useStoreContext();
  const { data } = useApi<SavedPreference[]>('/api/me/preferences');
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (!data || loaded) return;
    for (const { key, value } of data) {
      const synced = SYNCED.find((s) => s.key === key);
      if (synced && value !== null) store.setItem(synced.storeKey, synced.toStore(value as never));
    }
    setLoaded(true);
  }, [data, loaded, store]);
  useEffect(() => {
    if (!loaded) return;
    const unsubscribes = SYNCED.map((synced) =>
      store.subscribe(synced.storeKey, (value: unknown) => {
        if (value !== undefined && value !== null) void save(synced.key, synced.fromStore(value as never));
      }),
    );
    return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
  }, [loaded, store]);
  return null;
}
