import { Alert, Box, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useGetList, useRedirect, useTranslate } from 'react-admin';
import { SendButton } from '../common/SendButton';
import { useSend } from '../common/useSend';
import { httpClient } from '../providers/httpClient';
import type { Campaign, CampaignPreview } from './campaignTypes';
import { PreviewResult } from './PreviewResult';

interface Situation {
  code: string;
  name: string;
  measureCodes: string[];
}
interface Named {
  id: string;
  code: string;
  name: string;
  kind?: string;
}

const POVERTY = 'POVERTY_BELOW';
const FIELDS = ['title', 'measureId', 'municipalityId', 'criterion.situationCode'] as const;

const criterionOf = (choice: string) =>
  choice === POVERTY ? { kind: POVERTY } : { kind: 'LIFE_SITUATION', situationCode: choice.replace(/^situation:/, '') };

const post = async <T,>(url: string, body: object, headers?: Record<string, string>) =>
  (await httpClient(url, { method: 'POST', body: JSON.stringify(body), headers: new Headers(headers) })).json as T;

/**
 * A new campaign: whom (a life situation or low income), where (a municipality) and what (a measure);
 * the preview shows what a launch would do now, and only a previewed campaign can be launched.
 */
export function CampaignCreate() {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.campaigns.${key}`, options);
  const redirect = useRedirect();
  const situations = useGetList<Situation & { id: string }>('life-situations', {
    filter: { active: true },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'position', order: 'ASC' },
  });
  const measures = useGetList<Named>('support-measures', { pagination: { page: 1, perPage: 200 }, sort: { field: 'name', order: 'ASC' } });
  const municipalities = useGetList<Named>('municipalities', { pagination: { page: 1, perPage: 100 } });
  const [choice, setChoice] = useState('');
  const [measureId, setMeasureId] = useState('');
  const [municipalityId, setMunicipalityId] = useState('');
  const [title, setTitle] = useState('');
  const [titleEdited, setTitleEdited] = useState(false);
  // The preview answers for one choice; a changed choice needs a new preview, and a new launch key.
  const [preview, setPreview] = useState<{ result: CampaignPreview; launchKey: string } | null>(null);

  const situation = situations.data?.find((s) => `situation:${s.code}` === choice);
  const measureChoices = (measures.data ?? []).filter(
    (m) => m.kind !== 'PLAN_TASK' && (!situation || situation.measureCodes.includes(m.code)),
  );
  const target = { measureId, municipalityId, criterion: criterionOf(choice) };

  const suggestTitle = (nextChoice: string, nextMunicipality: string) => {
    if (titleEdited) return;
    const who = nextChoice === POVERTY ? t('poverty') : situations.data?.find((s) => `situation:${s.code}` === nextChoice)?.name;
    const where = municipalities.data?.find((m) => m.id === nextMunicipality)?.name;
    setTitle([who, where].filter(Boolean).join(': '));
  };
  const change = (apply: () => void) => {
    apply();
    setPreview(null);
  };

  const previewing = useSend(async () => post<CampaignPreview>('/api/campaigns/preview', target), {
    fields: FIELDS,
    onSuccess: (result) => setPreview({ result, launchKey: crypto.randomUUID() }),
  });
  const launching = useSend(
    async (launchKey: string) => post<Campaign>('/api/campaigns', { ...target, title }, { 'Idempotency-Key': launchKey }),
    {
      fields: FIELDS,
      done: 'app.campaigns.launched',
      check: (): Record<string, string> => (title.trim() === '' ? { title: t('titleRequired') } : {}),
      onSuccess: (campaign) => redirect('show', 'campaigns', campaign.id),
    },
  );
  const errors = { ...previewing.fieldErrors, ...launching.fieldErrors } as Record<string, string | undefined>;
  const ready = choice !== '' && measureId !== '' && municipalityId !== '';

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.campaigns.create" />
      <CardContent>
        <Stack spacing={2} sx={{ maxWidth: 720 }}>
          <Typography variant="body2" color="text.secondary">
            {t('createHint')}
          </Typography>
          <TextField
            select
            label={t('criterion')}
            value={choice}
            error={Boolean(errors['criterion.situationCode'])}
            helperText={errors['criterion.situationCode']}
            onChange={(e) =>
              change(() => {
                setChoice(e.target.value);
                setMeasureId('');
                suggestTitle(e.target.value, municipalityId);
              })
            }
          >
            <MenuItem value={POVERTY}>{t('poverty')}</MenuItem>
            {(situations.data ?? []).map((s) => (
              <MenuItem key={s.code} value={`situation:${s.code}`}>
                {s.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={t('municipality')}
            value={municipalityId}
            error={Boolean(errors.municipalityId)}
            helperText={errors.municipalityId}
            onChange={(e) =>
              change(() => {
                setMunicipalityId(e.target.value);
                suggestTitle(choice, e.target.value);
              })
            }
          >
            {(municipalities.data ?? []).map((m) => (
              <MenuItem key={m.id} value={m.id}>
                {m.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={t('measure')}
            value={measureId}
            disabled={choice === ''}
            error={Boolean(errors.measureId)}
            helperText={errors.measureId ?? (situation ? t('measureOfSituation') : undefined)}
            onChange={(e) => change(() => setMeasureId(e.target.value))}
          >
            {measureChoices.map((m) => (
              <MenuItem key={m.id} value={m.id}>
                {m.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('titleLabel')}
            value={title}
            error={Boolean(errors.title)}
            helperText={errors.title}
            slotProps={{ htmlInput: { maxLength: 120 } }}
            onChange={(e) => {
              setTitle(e.target.value);
              setTitleEdited(true);
            }}
          />
          <Box>
            <SendButton variant="outlined" pending={previewing.isPending} disabled={!ready} onClick={() => previewing.submit(undefined)}>
              {t('preview')}
            </SendButton>
          </Box>
          {preview && (
            <>
              <PreviewResult preview={preview.result} />
              {preview.result.households === 0 ? (
                <Alert severity="info">{t('nobody')}</Alert>
              ) : (
                <Box>
                  <SendButton variant="contained" pending={launching.isPending} onClick={() => launching.submit(preview.launchKey)}>
                    {t('launch')}
                  </SendButton>
                </Box>
              )}
            </>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
