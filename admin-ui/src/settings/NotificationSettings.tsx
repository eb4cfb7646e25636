import { Card, CardContent, Checkbox, FormControlLabel, FormGroup, Switch, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { SendButton } from '../common/SendButton';
import { useApi } from '../common/useApi';
import { useSend } from '../common/useSend';
import { httpClient } from '../providers/httpClient';

const KINDS = ['CASE_ROUTED', 'REMINDER', 'ESCALATION', 'INFO_REQUESTED', 'CASE_CLOSED', 'DIGEST'];

interface Settings {
  disabledKinds: string[];
  digestInsteadOfSingle: boolean;
}

/** Which mails the signed-in user receives, and the daily digest instead of single mails. */
export function NotificationSettings() {
  const translate = useTranslate();
  const stored = useApi<Settings>('/api/me/notification-settings').data;
  const [changed, setSettings] = useState<Settings | null>(null);
  const save = useSend((body: Settings) => httpClient('/api/me/notification-settings', { method: 'PUT', body: JSON.stringify(body) }), {
    done: 'app.settings.saved',
  });
  const settings = changed ?? stored;
  if (!settings) return null;
  const toggle = (kind: string) =>
    setSettings({
      ...settings,
      disabledKinds: settings.disabledKinds.includes(kind)
        ? settings.disabledKinds.filter((k) => k !== kind)
        : [...settings.disabledKinds, kind],
    });
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
          <SendButton variant="contained" sx={{ mt: 2 }} pending={save.isPending} onClick={() => save.submit(settings)}>
            {translate('ra.action.save')}
          </SendButton>
        </div>
      </CardContent>
    </Card>
  );
}
