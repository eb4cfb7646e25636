import { Button, Card, CardContent, Checkbox, FormControlLabel, FormGroup, Switch, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { httpClient } from '../providers/httpClient';

const KINDS = ['CASE_ROUTED', 'REMINDER', 'ESCALATION', 'INFO_REQUESTED', 'CASE_CLOSED', 'DIGEST'];

interface Settings {
  disabledKinds: string[];
  digestInsteadOfSingle: boolean;
}

/** Which mails the signed-in user receives, and the daily digest instead of single mails. */
export function NotificationSettings() {
  const translate = useTranslate();
  const notify = useNotify();
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void httpClient('/api/me/notification-settings').then(({ json }) => setSettings(json));
  }, []);
  if (!settings) return null;
  const toggle = (kind: string) =>
    setSettings({
      ...settings,
      disabledKinds: settings.disabledKinds.includes(kind)
        ? settings.disabledKinds.filter((k) => k !== kind)
        : [...settings.disabledKinds, kind],
    });
  const save = async () => {
    try {
      await httpClient('/api/me/notification-settings', { method: 'PUT', body: JSON.stringify(settings) });
      notify('app.settings.saved', { type: 'success' });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Card sx={{ mt: 2, maxWidth: 640 }}>
      <Title title={translate('app.settings.title')} />
      <CardContent>
        <Typography variant="subtitle1">{translate('app.settings.kinds')}</Typography>
        <FormGroup>
          {KINDS.map((kind) => (
            <FormControlLabel
              key={kind}
              control={<Checkbox checked={!settings.disabledKinds.includes(kind)} onChange={() => toggle(kind)} />}
              label={translate(`app.settings.kind.${kind}`)}
            />
          ))}
        </FormGroup>
        <FormControlLabel
          sx={{ mt: 1 }}
          control={
            <Switch
              checked={settings.digestInsteadOfSingle}
              onChange={(e) => setSettings({ ...settings, digestInsteadOfSingle: e.target.checked })}
            />
          }
          label={translate('app.settings.digestInsteadOfSingle')}
        />
        <div>
          <Button variant="contained" sx={{ mt: 2 }} onClick={() => void save()}>
            {translate('ra.action.save')}
          </Button>
        </div>
      </CardContent>
    </Card>
  );
}
