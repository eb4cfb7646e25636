import { Card, CardContent, Grid } from '@mui/material';
import { useState } from 'react';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { EscalationsList } from './EscalationsList';
import { MedianResolutionChart } from './MedianResolutionChart';
import { OpenVsOverdueChart } from './OpenVsOverdueChart';
import { OverdueBoard } from './OverdueBoard';
import type { BoardCell } from './OverdueCasesList';
import { OverdueCasesList } from './OverdueCasesList';

/** The supervisor's control room: overdue cases by age, escalations waiting, and the trend. */
export function SupervisionPage() {
  const translate = useTranslate();
  const { permissions } = usePermissions<string>();
  const [openCell, setOpenCell] = useState<BoardCell | null>(null);
  return (
    <>
      <Title title={translate('app.supervision.title')} />
      <Grid container spacing={2} sx={{ mt: 1 }}>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Card>
            <CardContent>
              <OverdueBoard defaultGroupBy={permissions === 'SUPERVISOR' ? 'municipality' : 'organisation'} onOpenCell={setOpenCell} />
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Card>
            <CardContent>
              <OpenVsOverdueChart />
            </CardContent>
          </Card>
        </Grid>
        {openCell && (
          <Grid size={12}>
            <Card>
              <CardContent>
                <OverdueCasesList cell={openCell} onClose={() => setOpenCell(null)} />
              </CardContent>
            </Card>
          </Grid>
        )}
        {permissions !== 'AUDITOR' && (
          <Grid size={12}>
            <Card>
              <CardContent>
                <EscalationsList />
              </CardContent>
            </Card>
          </Grid>
        )}
        <Grid size={12}>
          <Card>
            <CardContent>
              <MedianResolutionChart />
            </CardContent>
          </Card>
        </Grid>
      </Grid>
    </>
  );
}
