import CloseIcon from '@mui/icons-material/Close';
import OpenInFullIcon from '@mui/icons-material/OpenInFull';
import { Box, Drawer, IconButton, Stack, Tooltip } from '@mui/material';
import { Link, ShowBase, useTranslate } from 'react-admin';
import { ActionBar } from './ActionBar';
import { CaseComment } from './CaseComment';
import { CaseHeader } from './CaseHeader';

/**
 * The case beside the queue: its header, the actions of its state and a comment, so an executor goes
 * through cases (J/K) without leaving the list; the full page has the documents and the history.
 */
export function CasePanel({ id, onClose }: { id: string | null; onClose: () => void }) {
  const translate = useTranslate();
  return (
    <Drawer
      anchor="right"
      variant="persistent"
      open={id !== null}
      sx={{ '& .MuiDrawer-paper': { width: { xs: '100%', md: 560 }, top: 48, height: 'calc(100% - 48px)' } }}
    >
      {id && (
        <ShowBase resource="needs" id={id}>
          <Box sx={{ p: 2 }} data-testid="case-panel" role="region" aria-label={translate('app.workday.panel')}>
            <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
              <Tooltip title={translate('app.workday.openFull')}>
                <IconButton component={Link} to={`/needs/${id}/show`} aria-label={translate('app.workday.openFull')}>
                  <OpenInFullIcon />
                </IconButton>
              </Tooltip>
              <Tooltip title={translate('ra.action.close')}>
                <IconButton onClick={onClose} aria-label={translate('ra.action.close')} data-testid="case-panel-close">
                  <CloseIcon />
                </IconButton>
              </Tooltip>
            </Stack>
            <CaseHeader />
            <ActionBar />
            <CaseComment />
          </Box>
        </ShowBase>
      )}
    </Drawer>
  );
}
