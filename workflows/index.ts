export { needCase } from './needCase';
