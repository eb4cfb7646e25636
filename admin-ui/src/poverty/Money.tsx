import { formatRoubles } from '../../../shared/poverty/money';

/** An amount in kopecks as roubles, never broken across lines. */
export const Money = ({ kopecks }: { kopecks: number }) => <span style={{ whiteSpace: 'nowrap' }}>{formatRoubles(kopecks)}</span>;
