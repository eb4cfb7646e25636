import KeyboardIcon from '@mui/icons-material/Keyboard';
import { Dialog, DialogContent, DialogTitle, IconButton, Table, TableBody, TableCell, TableRow, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useShortcuts } from './useShortcuts';

/** The keys of the queue and the case, shown on «?» or the button. */
export const SHORTCUT_KEYS = ['J', 'K', 'C', 'A', 'M', 'Esc', '?'] as const;

export function ShortcutsHelp() {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  useShortcuts({ Slash: () => setOpen(true) });
  return (
    <>
      <Tooltip title={translate('app.workday.shortcuts.title')}>
        <IconButton
          size="small"
          onClick={() => setOpen(true)}
          aria-label={translate('app.workday.shortcuts.title')}
          data-testid="shortcuts-help"
        >
          <KeyboardIcon />
        </IconButton>
      </Tooltip>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>{translate('app.workday.shortcuts.title')}</DialogTitle>
        <DialogContent>
          <Table size="small">
            <TableBody>
              {SHORTCUT_KEYS.map((key) => (
                <TableRow key={key}>
                  <TableCell>
                    <kbd>{key}</kbd>
                  </TableCell>
                  <TableCell>{translate(`app.workday.shortcuts.${key}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </DialogContent>
      </Dialog>
    </>
  );
}
