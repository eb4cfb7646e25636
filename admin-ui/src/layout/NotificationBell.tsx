import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, Box, Button, IconButton, List, ListItemButton, ListItemText, Popover, Tooltip, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { samaraDateTime } from '../common/samaraTime';
import { useApi } from '../common/useApi';
import { httpClient } from '../providers/httpClient';

interface BellItem {
  id: string;
  kind: string;
  needId: string;
  caseNumber: string;
  measure: string;
  createdAt: string;
  read: boolean;
}

const UNREAD = '/api/me/notifications/unread';
const LATEST = '/api/me/notifications?range=%5B0%2C19%5D';

/**
 * The bell: what the cases told the signed-in user (the same events as their mails), unread first in
 * bold; a click opens the case and marks the item read.
 */
export function NotificationBell() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { data: count } = useApi<{ unread: number }>(UNREAD, { refetchInterval: 60_000 });
  const { data: items = [] } = useApi<BellItem[]>(LATEST, { enabled: anchor !== null });
  const markRead = async (ids?: string[]) => {
    await httpClient('/api/me/notifications/read', { method: 'POST', body: JSON.stringify(ids ? { ids } : {}) });
    await queryClient.invalidateQueries({ queryKey: ['api'] });
  };
  const open = async (item: BellItem) => {
    setAnchor(null);
    void navigate(`/needs/${item.needId}/show`);
    if (!item.read) await markRead([item.id]);
  };
  const unread = count?.unread ?? 0;
  const label = translate('app.workday.bell.title', { count: unread });
  return (
    <>
      <Tooltip title={label}>
        <IconButton color="inherit" onClick={(e) => setAnchor(e.currentTarget)} aria-label={label} data-testid="bell">
          <Badge badgeContent={unread} color="error" max={99} data-testid="bell-count">
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <Box sx={{ width: 380, maxHeight: 480, overflow: 'auto' }} data-testid="bell-list">
          <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', px: 2, pt: 1 }}>
            <Typography variant="subtitle1">{translate('app.workday.bell.heading')}</Typography>
            <Button size="small" disabled={unread === 0} onClick={() => void markRead()}>
              {translate('app.workday.bell.readAll')}
            </Button>
          </Box>
          {items.length === 0 && <Typography sx={{ p: 2 }}>{translate('app.workday.bell.empty')}</Typography>}
          <List dense>
            {items.map((item) => (
              <ListItemButton key={item.id} onClick={() => void open(item)} data-testid="bell-item" data-read={item.read}>
                <ListItemText
                  primary={translate(`app.workday.bell.kind.${item.kind}`, { number: item.caseNumber })}
                  secondary={`${item.measure} · ${samaraDateTime.format(new Date(item.createdAt))}`}
                  slotProps={{ primary: { sx: { fontWeight: item.read ? 'normal' : 'bold' } } }}
                />
              </ListItemButton>
            ))}
          </List>
        </Box>
      </Popover>
    </>
  );
}
