import { TopToolbar, usePermissions, useRecordContext } from 'react-admin';
import { PrintButton } from '../common/PrintButton';

/** The passport page's toolbar: the printable family card for those who may read the passport. */
export function PrintPassportButton() {
  const passport = useRecordContext<{ id: string }>();
  const { permissions } = usePermissions<string>();
  if (!passport || permissions === 'ADMIN') return <TopToolbar />;
  return (
    <TopToolbar>
      <PrintButton url={`/api/passports/${passport.id}/card.pdf`} label="app.print.passportCard" fileName="passport.pdf" />
    </TopToolbar>
  );
}
