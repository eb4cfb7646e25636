import CallMergeIcon from '@mui/icons-material/CallMerge';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Route } from 'react-router-dom';
import { CustomRoutes, Menu, usePermissions } from 'react-admin';
import { ImportPage } from './ImportPage';
import { MergePage } from './MergePage';

/** Who imports households (operators into their municipality, the coordinator anywhere) and who merges persons. */
export const IMPORT_ROLES = ['OPERATOR', 'COORDINATOR'];
export const MERGE_ROLES = ['OPERATOR', 'ADMIN'];

/** The register's pages the role may use: bulk import and merging duplicates. */
export function registerRoutes(role: string) {
  return [
    <CustomRoutes key="register">
      {IMPORT_ROLES.includes(role) && <Route path="/imports" element={<ImportPage />} />}
      {MERGE_ROLES.includes(role) && <Route path="/merge" element={<MergePage />} />}
    </CustomRoutes>,
  ];
}

export function RegisterMenuItems() {
  const { permissions } = usePermissions<string>();
  const role = permissions ?? '';
  return (
    <>
      {IMPORT_ROLES.includes(role) && <Menu.Item to="/imports" primaryText="app.register.import.title" leftIcon={<UploadFileIcon />} />}
      {MERGE_ROLES.includes(role) && <Menu.Item to="/merge" primaryText="app.register.merge.title" leftIcon={<CallMergeIcon />} />}
    </>
  );
}
