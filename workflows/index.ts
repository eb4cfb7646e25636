export { needCase } from './needCase';
export { overdueDigest } from './overdueDigest';
