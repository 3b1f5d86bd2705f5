import { z } from 'zod';
import { AccountDeletionRequest, DataExport } from '../schemas/account.schemas.js';
import { errorCatalog } from './errors.js';
import { defineRoutes } from './route.js';

export const accountErrorCatalog = errorCatalog('account', {
  managed_by_organisation: {
    kind: 'forbidden',
    message:
      'Your account is managed by your organisation. Ask the organizer of your event or your company to remove it.',
  },
});

export const accountApi = defineRoutes('account', {
  dataExport: {
    method: 'GET',
    path: '/api/me/data-export',
    summary:
      'Everything Parley holds about the signed-in person, as a JSON file to save (the CV itself downloads from /api/me/cv)',
    responses: { 200: DataExport },
  },
  deleteAccount: {
    method: 'POST',
    path: '/api/me/account-deletion',
    summary:
      'For talents: delete the signed-in account after the password is given again; open chats are cancelled, past chats keep a placeholder',
    body: AccountDeletionRequest,
    responses: { 204: z.null() },
  },
});
