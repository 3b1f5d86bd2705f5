import {
  type ExperienceLevel,
  type TalentProfile,
  TalentProfileInput,
} from '../../../shared/schemas/talents.schemas';

export interface ProfileFormValues {
  name: string;
  headline: string;
  background: string;
  level: ExperienceLevel | null;
  languages: string[];
  topics: string[];
  bio: string;
  /** One link per line, as typed. */
  links: string;
}

export function valuesFromProfile(profile: TalentProfile): ProfileFormValues {
  return {
    name: profile.name,
    headline: profile.headline,
    background: profile.background,
    level: profile.level,
    languages: profile.languages,
    topics: profile.topics,
    bio: profile.bio,
    links: profile.links.join('\n'),
  };
}

export function toProfileInput(values: ProfileFormValues): TalentProfileInput {
  return {
    ...values,
    links: values.links
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  };
}

/** The shared schema's rules; a bad link is reported with its line, since all links share one field. */
export function validateProfileForm(values: ProfileFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const input = toProfileInput(values);
  for (const issue of TalentProfileInput.safeParse(input).error?.issues ?? []) {
    const [field, index] = issue.path;
    if (field === 'links' && typeof index === 'number') {
      errors.links ??= `“${input.links[index]}”: ${issue.message}`;
    } else {
      errors[String(field)] ??= issue.message;
    }
  }
  return errors;
}
