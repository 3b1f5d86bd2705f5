import { Checkbox } from '@mantine/core';

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
  return (
    <Checkbox
      label={`Share my profile and contact details with ${companyName} for hiring`}
      description="Their hiring team may then receive your name, email, profile and their notes on your chat. You can revoke this on your Account page."
      checked={checked}
      onChange={(event) => onChange(event.currentTarget.checked)}
    />
  );
}
