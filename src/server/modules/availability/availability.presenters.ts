import type { RecruiterDetails } from '../../../shared/schemas/availability.schemas.js';
import type { DetailsRow } from './availability.repository.js';

export function presentDetails(row: DetailsRow | undefined): RecruiterDetails {
  return {
    backgrounds: row?.backgrounds ?? [],
    levels: row?.levels ?? [],
    languages: row?.languages ?? [],
    topics: row?.topics ?? [],
    customQuestion: row?.customQuestion ?? null,
    confirmedAt: row?.confirmedAt?.toISOString() ?? null,
  };
}
