import PrintIcon from '@mui/icons-material/Print';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { downloadFile } from '../providers/download';

/** Generates a printable PDF form on the server and downloads it. */
export function PrintButton({ url, label, fileName }: { url: string; label: string; fileName: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const print = async () => {
    setBusy(true);
    try {
      await downloadFile(url, fileName);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button startIcon={<PrintIcon />} onClick={() => void print()} disabled={busy}>
      {translate(label)}
    </Button>
  );
}
