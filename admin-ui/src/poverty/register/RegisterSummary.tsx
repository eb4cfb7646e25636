import { Stack, Typography } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { formatBasisPoints, formatRoubles } from '../../../../shared/poverty/money';
import { useApi } from '../../common/useApi';

interface Summary {
  households: number;
  people: number;
  totalDeficitKopecks: number;
  averageDeficitKopecks: number;
  averageDepthBasisPoints: number;
}

/** Counts and totals of everything the register's filters select, not only the page shown. */
export function RegisterSummary() {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const { data } = useApi<Summary>(`/api/poverty/register/summary?filter=${encodeURIComponent(JSON.stringify(filterValues))}`);
  if (!data) return null;
  const items: [string, string, string][] = [
    ['households', translate('app.poverty.register.households'), String(data.households)],
    ['people', translate('app.poverty.register.people'), String(data.people)],
    ['totalDeficit', translate('app.poverty.register.totalDeficit'), formatRoubles(data.totalDeficitKopecks)],
    ['averageDeficit', translate('app.poverty.register.averageDeficit'), formatRoubles(data.averageDeficitKopecks)],
    ['averageDepth', translate('app.poverty.register.averageDepth'), formatBasisPoints(data.averageDepthBasisPoints)],
  ];
  return (
    <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap', px: 2, py: 1 }} data-testid="register-summary">
      {items.map(([key, label, value]) => (
        <div key={key} data-summary={key}>
          <Typography variant="caption" color="text.secondary">
            {label}
          </Typography>
          <Typography variant="h6">{value}</Typography>
        </div>
      ))}
    </Stack>
  );
}
