import type { Tone } from '../../lib/StatusTag';
import type { StandardSummary } from './standard-form';

export const STANDARD_STATUSES: StandardSummary['status'][] = ['draft', 'published', 'retired'];
export const STANDARD_TONES: Record<StandardSummary['status'], Tone> = {
  draft: 'blue',
  published: 'green',
  retired: 'grey',
};
