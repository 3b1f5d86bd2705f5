import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { registrationsApi } from '../../shared/api/registrations.contract';
import type { BodyOf } from '../../shared/api/route';
import type { ImportKind } from '../../shared/schemas/registrations.schemas';
import { call } from './client';
import { talentKeys } from './talents';

type PersonFields = BodyOf<typeof registrationsApi.addTalent>;

export const registrationKeys = {
  companies: (eventId: string) => ['events', eventId, 'companies'] as const,
  talents: (eventId: string) => ['events', eventId, 'talents'] as const,
  /** Filled by the live connection while an import runs; never fetched. */
  importProgress: (eventId: string) => ['imports', eventId, 'progress'] as const,
};

export interface ImportProgress {
  done: number;
  total: number;
}

/** How far the organizer's running import of this event is, as the server reports it after each batch. */
export function useImportProgress(eventId: string) {
  return useQuery<ImportProgress | null>({
    queryKey: registrationKeys.importProgress(eventId),
    queryFn: () => null,
    enabled: false,
  });
}

export function useCompanies(eventId: string) {
  return useQuery({
    queryKey: registrationKeys.companies(eventId),
    queryFn: () => call(registrationsApi.companies, { params: { id: eventId } }).then((r) => r.companies),
  });
}

/** Every change to a company's registration refreshes the event's list of companies. */
function useCompanyMutation<Input, Output>(eventId: string, mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registrationKeys.companies(eventId) }),
  });
}

export function useRegisterCompany(eventId: string) {
  return useCompanyMutation(eventId, (input: BodyOf<typeof registrationsApi.registerCompany>) =>
    call(registrationsApi.registerCompany, { params: { id: eventId }, body: input }),
  );
}

export function useUpdateBooth(eventId: string) {
  return useCompanyMutation(eventId, ({ companyId, booth }: { companyId: string; booth: string }) =>
    call(registrationsApi.setBooth, { params: { id: eventId, companyId }, body: { booth } }),
  );
}

export function useAddRecruiter(eventId: string) {
  return useCompanyMutation(eventId, ({ companyId, person }: { companyId: string; person: PersonFields }) =>
    call(registrationsApi.addRecruiter, { params: { id: eventId, companyId }, body: person }),
  );
}

export function useRemoveCompany(eventId: string) {
  return useCompanyMutation(eventId, (companyId: string) =>
    call(registrationsApi.unregisterCompany, { params: { id: eventId, companyId } }),
  );
}

export function useRegisteredTalents(eventId: string) {
  return useQuery({
    queryKey: registrationKeys.talents(eventId),
    queryFn: () => call(registrationsApi.talents, { params: { id: eventId } }).then((r) => r.talents),
  });
}

/** Talents registered or removed also change what recruiters find under Talent Profiles. */
function useTalentMutation<Input, Output>(eventId: string, mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: registrationKeys.talents(eventId) }),
        queryClient.invalidateQueries({ queryKey: talentKeys.event(eventId) }),
      ]),
  });
}

export function useRegisterTalent(eventId: string) {
  return useTalentMutation(eventId, (person: PersonFields) =>
    call(registrationsApi.addTalent, { params: { id: eventId }, body: person }),
  );
}

export function useRemoveTalent(eventId: string) {
  return useTalentMutation(eventId, (talentId: string) =>
    call(registrationsApi.removeTalent, { params: { id: eventId, talentId } }),
  );
}

export function useImport(eventId: string, kind: ImportKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) => {
      queryClient.setQueryData(registrationKeys.importProgress(eventId), null);
      return call(registrationsApi.import, { params: { id: eventId }, body: { kind, csv } });
    },
    onSettled: () => queryClient.setQueryData(registrationKeys.importProgress(eventId), null),
    onSuccess: () =>
      Promise.all(
        kind === 'talents'
          ? [
              queryClient.invalidateQueries({ queryKey: registrationKeys.talents(eventId) }),
              queryClient.invalidateQueries({ queryKey: talentKeys.event(eventId) }),
            ]
          : [queryClient.invalidateQueries({ queryKey: registrationKeys.companies(eventId) })],
      ),
  });
}
