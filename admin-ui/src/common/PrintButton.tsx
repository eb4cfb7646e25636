import PrintIcon from '@mui/icons-material/Print';
import { useTranslate } from 'react-admin';
import { downloadFile } from '../providers/download';
import { SendButton } from './SendButton';
import { useSend } from './useSend';

/** Generates a printable PDF form on the server and downloads it. */
export function PrintButton({ url, label, fileName }: { url: string; label: string; fileName: string }) {
  const translate = useTranslate();
  const print = useSend(() => downloadFile(url, fileName));
  return (
    <SendButton startIcon={<PrintIcon />} pending={print.isPending} onClick={() => print.submit(undefined)}>
      {translate(label)}
    </SendButton>
  );
}
