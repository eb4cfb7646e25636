import { Box } from '@mui/material';
import { Title } from 'react-admin';
import { EscalationsList } from '../supervision/EscalationsList';

/** «Эскалации»: the overdue cases that reached the signed-in overseer's level of the chain, as their own inbox. */
export function EscalationsPage() {
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.workday.inbox.escalations" />
      <EscalationsList />
    </Box>
  );
}
