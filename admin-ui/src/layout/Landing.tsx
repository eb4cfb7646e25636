import { Navigate } from 'react-router-dom';
import { usePermissions } from 'react-admin';
import { landingOf } from './landing';

/** The start page ("/"): sends each role to its landing route. */
export function Landing() {
  const { permissions, isPending } = usePermissions<string>();
  if (isPending) return null;
  return <Navigate to={landingOf(permissions)} replace />;
}
