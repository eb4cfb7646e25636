export { measurePages } from './measures';
export { municipalityPages, organisationPages } from './organisations';
export { rejectionReasonPages } from './rejectionReasons';
export { EscalationChainPage } from './EscalationChainPage';
export { egissoMappingPages } from './egissoMappings';
