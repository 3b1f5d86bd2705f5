import { Checkbox } from '@mantine/core';
import { useT } from '../i18n/i18n';

/**
 * The talent's consent to share their profile and contact details with a company, given with a request, a booking
 * or an accepted invitation; unticked until they tick it, and revocable on the Account page.
 */
export function ShareWithCompanyCheckbox({
  companyName,
  checked,
  onChange,
}: {
  companyName: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useT();
  return (
    <Checkbox
      label={t('talent.shareWithCompany.label', { company: companyName })}
      description={t('talent.shareWithCompany.description')}
      checked={checked}
      onChange={(event) => onChange(event.currentTarget.checked)}
    />
  );
}
