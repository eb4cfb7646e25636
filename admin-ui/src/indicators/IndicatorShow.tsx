import DownloadIcon from '@mui/icons-material/Download';
import { Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { EditButton, Show, TopToolbar, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { SendButton } from '../common/SendButton';
import { useSend } from '../common/useSend';
import { downloadFile } from '../providers/download';
import { FactPlan } from './FactPlan';
import { StoredValues } from './StoredValues';
import { TargetsEditor } from './TargetsEditor';
import { ValuesImport } from './ValuesImport';
import type { IndicatorRecord } from './types';
import { FACT_READERS, TARGET_EDITORS } from './types';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Card component="section" aria-label={translate(title)} variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

function TemplateButton({ indicator }: { indicator: IndicatorRecord }) {
  const translate = useTranslate();
  const download = useSend(() => downloadFile(`/api/indicators/${indicator.id}/template`, `Шаблон ${indicator.code}.xlsx`));
  return (
    <SendButton startIcon={<DownloadIcon />} pending={download.isPending} onClick={() => download.submit(undefined)}>
      {translate('app.indicators.template')}
    </SendButton>
  );
}

/** An indicator's page: fact against plan, its targets and, for a custom one, loading values and where each came from. */
function IndicatorPanels() {
  const indicator = useRecordContext<IndicatorRecord>();
  const { permissions: role = '' } = usePermissions<string>();
  if (!indicator) return null;
  const custom = indicator.source === 'CUSTOM';
  const editor = TARGET_EDITORS.includes(role);
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h1" sx={{ flex: 1 }}>
          {indicator.name}, {indicator.unit}
        </Typography>
        {custom && editor && <TemplateButton indicator={indicator} />}
      </Stack>
      {FACT_READERS.includes(role) && (
        <Section title="app.indicators.factPlan.title">
          <FactPlan indicator={indicator} />
        </Section>
      )}
      {editor && (
        <Section title="app.indicators.targets.title">
          <TargetsEditor indicator={indicator} />
        </Section>
      )}
      {custom && editor && (
        <Section title="app.indicators.import.title">
          <ValuesImport indicator={indicator} />
        </Section>
      )}
      {custom && (
        <Section title="app.indicators.stored.title">
          <StoredValues indicator={indicator} />
        </Section>
      )}
    </Stack>
  );
}

function ShowActions() {
  const { permissions } = usePermissions<string>();
  return <TopToolbar>{permissions === 'ADMIN' && <EditButton />}</TopToolbar>;
}

export function IndicatorShow() {
  return (
    <Show actions={<ShowActions />}>
      <IndicatorPanels />
    </Show>
  );
}
