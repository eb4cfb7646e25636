import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DocumentKind } from './DocumentDropzone';

/** The measure's required documents, ticked once a (not deleted) document of that kind is attached. */
export function RequiredDocuments({ required, attachedKinds }: { required: DocumentKind[]; attachedKinds: string[] }) {
  const translate = useTranslate();
  if (required.length === 0) return <Typography variant="body2">{translate('app.documents.noneRequired')}</Typography>;
  return (
    <List dense aria-label={translate('app.documents.checklist')} data-testid="required-documents">
      {required.map((doc) => {
        const done = attachedKinds.includes(doc.code);
        return (
          <ListItem key={doc.code} data-done={done}>
            <ListItemIcon>{done ? <CheckCircleIcon color="success" /> : <RadioButtonUncheckedIcon color="disabled" />}</ListItemIcon>
            <ListItemText primary={doc.name} secondary={translate(done ? 'app.documents.attached' : 'app.documents.missing')} />
          </ListItem>
        );
      })}
    </List>
  );
}
