import { GlobalStyles, useMediaQuery } from '@mui/material';
import type { Theme } from '@mui/material';
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { Layout, useSidebarState } from 'react-admin';
import { ServerPreferences } from './ServerPreferences';
import { WorkspaceAppBar } from './WorkspaceAppBar';
import { WorkspaceMenu } from './WorkspaceMenu';

/** On a tablet the menu starts folded to its icons, leaving the width to the queue and the case. */
function FoldMenuOnTablet() {
  const tablet = useMediaQuery((theme: Theme) => theme.breakpoints.down('lg'));
  const [, setOpen] = useSidebarState();
  useEffect(() => {
    if (tablet) setOpen(false);
  }, [tablet, setOpen]);
  return null;
}

export function WorkspaceLayout({ children }: { children: ReactNode }) {
  return (
    <Layout appBar={WorkspaceAppBar} menu={WorkspaceMenu}>
      <FoldMenuOnTablet />
      <ServerPreferences />
      {/* Whoever works from the keyboard sees where they are, on every control. */}
      <GlobalStyles styles={{ ':focus-visible': { outline: '2px solid #1565c0', outlineOffset: 2 } }} />
      {children}
    </Layout>
  );
}
