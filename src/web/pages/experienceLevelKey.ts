import type { ExperienceLevel } from '../../shared/schemas/talents.schemas';
import type { MessageKey } from '../i18n/i18n';

/** A talent's level of experience, as their profile and the recruiters' cards name it. */
export const experienceLevelKey: Record<ExperienceLevel, MessageKey> = {
  student: 'talent.level.student',
  entry: 'talent.level.entry',
  mid: 'talent.level.mid',
  senior: 'talent.level.senior',
  executive: 'talent.level.executive',
};
