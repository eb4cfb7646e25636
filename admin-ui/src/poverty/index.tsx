import CalculateIcon from '@mui/icons-material/Calculate';
import ListAltIcon from '@mui/icons-material/ListAlt';
import QueryStatsIcon from '@mui/icons-material/QueryStats';
import { Route } from 'react-router-dom';
import { CustomRoutes, Menu, Resource, usePermissions } from 'react-admin';
import { CalculatorPage } from './calculator/CalculatorPage';
import { DashboardPage } from './dashboard/DashboardPage';
import { RegisterPage } from './register/RegisterPage';
import { CALCULATOR_ROLES, HOUSEHOLD_READERS, SUBSISTENCE_EDITORS } from './roles';
import subsistence from './subsistence';

/** The poverty pages the role may use: the calculator, the register, the dashboards, and the ПМ table for its editors. */
export function povertyRoutes(role: string) {
  return [
    <CustomRoutes key="poverty">
      {CALCULATOR_ROLES.includes(role) && <Route path="/poverty/calculator" element={<CalculatorPage />} />}
      {HOUSEHOLD_READERS.includes(role) && <Route path="/poverty/register" element={<RegisterPage />} />}
      {HOUSEHOLD_READERS.includes(role) && <Route path="/poverty/dashboards" element={<DashboardPage />} />}
    </CustomRoutes>,
    SUBSISTENCE_EDITORS.includes(role) ? (
      <Resource key="subsistence-minimums" name="subsistence-minimums" {...subsistence} />
    ) : (
      <Resource key="subsistence-minimums" name="subsistence-minimums" recordRepresentation={subsistence.recordRepresentation} />
    ),
  ];
}

/** The menu entries of the poverty pages, by role. */
export function PovertyMenuItems() {
  const { permissions } = usePermissions<string>();
  const role = permissions ?? '';
  return (
    <>
      {CALCULATOR_ROLES.includes(role) && (
        <Menu.Item to="/poverty/calculator" primaryText="app.poverty.menu.calculator" leftIcon={<CalculateIcon />} />
      )}
      {HOUSEHOLD_READERS.includes(role) && (
        <Menu.Item to="/poverty/register" primaryText="app.poverty.menu.register" leftIcon={<ListAltIcon />} />
      )}
      {HOUSEHOLD_READERS.includes(role) && (
        <Menu.Item to="/poverty/dashboards" primaryText="app.poverty.menu.dashboards" leftIcon={<QueryStatsIcon />} />
      )}
    </>
  );
}
