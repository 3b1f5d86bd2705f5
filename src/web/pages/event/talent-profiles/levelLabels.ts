import type { ExperienceLevel } from '../../../../shared/schemas/talents.schemas';
import type { MessageKey } from '../../../i18n/i18n';

/** A talent's level of experience, as profiles, filters and recruiters' details name it. */
export const experienceLevelKeys: Record<ExperienceLevel, MessageKey> = {
  student: 'talentProfiles.level.student',
  entry: 'talentProfiles.level.entry',
  mid: 'talentProfiles.level.mid',
  senior: 'talentProfiles.level.senior',
  executive: 'talentProfiles.level.executive',
};
