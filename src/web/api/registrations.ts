import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CompanyRegistrationInput,
  ImportKind,
  ImportReport,
  Person,
  PersonInput,
  RegisteredCompany,
} from '../../shared/schemas/registrations.schemas';
import { api } from './client';
import { talentKeys } from './talents';

type PersonFields = z.input<typeof PersonInput>;

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
    queryFn: () =>
      api
        .get<{ companies: RegisteredCompany[] }>(`/api/events/${eventId}/companies`)
        .then((r) => r.companies),
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
  return useCompanyMutation(eventId, (input: z.input<typeof CompanyRegistrationInput>) =>
    api.post<RegisteredCompany>(`/api/events/${eventId}/companies`, input),
  );
}

export function useUpdateBooth(eventId: string) {
  return useCompanyMutation(eventId, ({ companyId, booth }: { companyId: string; booth: string }) =>
    api.patch<unknown>(`/api/events/${eventId}/companies/${companyId}`, { booth }),
  );
}

export function useAddRecruiter(eventId: string) {
  return useCompanyMutation(eventId, ({ companyId, person }: { companyId: string; person: PersonFields }) =>
    api.post<unknown>(`/api/events/${eventId}/companies/${companyId}/recruiters`, person),
  );
}

export function useRemoveCompany(eventId: string) {
  return useCompanyMutation(eventId, (companyId: string) =>
    api.delete<unknown>(`/api/events/${eventId}/companies/${companyId}`),
  );
}

export function useRegisteredTalents(eventId: string) {
  return useQuery({
    queryKey: registrationKeys.talents(eventId),
    queryFn: () => api.get<{ talents: Person[] }>(`/api/events/${eventId}/talents`).then((r) => r.talents),
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
    api.post<unknown>(`/api/events/${eventId}/talents`, person),
  );
}

export function useRemoveTalent(eventId: string) {
  return useTalentMutation(eventId, (talentId: string) =>
    api.delete<unknown>(`/api/events/${eventId}/talents/${talentId}`),
  );
}

export function useImport(eventId: string, kind: ImportKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) => {
      queryClient.setQueryData(registrationKeys.importProgress(eventId), null);
      return api.post<ImportReport>(`/api/events/${eventId}/import`, { kind, csv });
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
