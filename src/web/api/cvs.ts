import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cvsApi } from '../../shared/api/cvs.contract';
import { call, urlOf } from './client';
import { talentKeys } from './talents';

/** Where the browser downloads a CV: the talent's own, or one a recruiter or organizer reads at an event. */
export const cvDownloadUrl = {
  own: () => urlOf(cvsApi.myCv),
  atEvent: (eventId: string, talentId: string) => urlOf(cvsApi.cv, { id: eventId, talentId }),
};

/** Uploading or deleting the CV changes the profile's `cv`, which the page shows. */
function useMyCvChange<Input>(change: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: talentKeys.me }),
  });
}

export function useUploadMyCv() {
  return useMyCvChange(async (file: File) =>
    call(cvsApi.uploadMyCv, {
      query: { fileName: file.name },
      body: new Uint8Array(await file.arrayBuffer()),
    }),
  );
}

export function useDeleteMyCv() {
  return useMyCvChange(() => call(cvsApi.deleteMyCv));
}
