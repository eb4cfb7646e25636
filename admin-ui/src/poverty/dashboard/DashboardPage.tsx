import DownloadIcon from '@mui/icons-material/Download';
import { Autocomplete, Button, Card, CardContent, Stack, Tab, Tabs, TextField } from '@mui/material';
import { useState } from 'react';
import { Title, useGetList, useNotify, useTranslate } from 'react-admin';
import { useApi } from '../../common/useApi';
import { downloadFile } from '../../providers/download';
import { DashboardCharts } from './DashboardCharts';
import { DashboardTable } from './DashboardTable';
import type { DashboardRow, Dimension } from './types';

const DIMENSIONS: Dimension[] = ['municipality', 'ageGroup', 'sex'];

/** «Бедность»: households and people below the ПМ and near it by municipality, age group and sex; exportable to Excel. */
export function DashboardPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const t = (key: string) => translate(`app.poverty.dashboard.${key}`);
  const [dimension, setDimension] = useState<Dimension>('municipality');
  const [municipality, setMunicipality] = useState<{ id: string; name: string } | null>(null);
  const { data: municipalities = [] } = useGetList<{ id: string; name: string }>('municipalities', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'name', order: 'ASC' },
  });
  const query = new URLSearchParams(municipality ? { municipalityId: municipality.id } : {});
  const { data = [] } = useApi<DashboardRow[]>(
    `/api/poverty/dashboard?${new URLSearchParams({ dimension, ...Object.fromEntries(query) })}`,
  );
  // Age groups and sexes are named by the workspace's texts; municipalities by their own names.
  const rows = data.map((row) => ({
    ...row,
    label:
      dimension === 'ageGroup'
        ? translate(`app.poverty.ageGroup.${row.key}`)
        : dimension === 'sex'
          ? translate(`app.sex.${row.key}`)
          : row.label,
  }));
  const exportXlsx = () =>
    downloadFile(`/api/poverty/dashboard.xlsx?${query}`, 'Бедность.xlsx').catch((error: Error) => notify(error.message, { type: 'error' }));

  return (
    <Card sx={{ mt: 1 }}>
      <Title title={t('title')} />
      <CardContent>
        <Tabs value={dimension} onChange={(_, d: Dimension) => setDimension(d)} aria-label={t('dimension')} sx={{ mb: 2 }}>
          {DIMENSIONS.map((d) => (
            <Tab key={d} value={d} label={t(d)} data-testid={`dimension-${d}`} />
          ))}
        </Tabs>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, mb: 2 }}>
          <Autocomplete
            id="poverty-municipality"
            options={municipalities}
            getOptionLabel={(m) => m.name}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            value={municipality}
            onChange={(_, m) => setMunicipality(m)}
            sx={{ width: { xs: '100%', md: 360 } }}
            renderInput={(params) => <TextField {...params} size="small" label={t('municipalityFilter')} placeholder={t('all')} />}
          />
          <Button startIcon={<DownloadIcon />} onClick={() => void exportXlsx()} data-testid="export-xlsx">
            {t('export')}
          </Button>
        </Stack>
        <DashboardCharts rows={rows} />
        <DashboardTable rows={rows} />
      </CardContent>
    </Card>
  );
}
