import { Chip } from '@mui/material';
import { AppBar, TitlePortal, useGetIdentity, useTranslate } from 'react-admin';
import { GlobalSearch } from './GlobalSearch';
import { NotificationBell } from './NotificationBell';

/** The app bar names the signed-in user's role beside their name (the user menu). */
export function WorkspaceAppBar() {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  return (
    <AppBar>
      <TitlePortal />
      <GlobalSearch />
      <NotificationBell />
      {identity?.role && (
        <Chip
          size="small"
          label={translate(`app.role.${identity.role}`)}
          sx={{ color: 'inherit', borderColor: 'currentColor', mr: 1 }}
          variant="outlined"
          data-testid="user-role"
        />
      )}
    </AppBar>
  );
}
