import { z } from 'zod';
import {
  BoothInput,
  CompanyRegistrationInput,
  ImportReport,
  ImportRequest,
  Person,
  PersonInput,
  RegisteredCompaniesResponse,
  RegisteredCompany,
  RegisteredTalentsResponse,
} from '../schemas/registrations.schemas.js';
import { errorCatalog } from './errors.js';
import { CompanyParams, IdParams } from './params.js';
import { defineRoutes } from './route.js';

export const registrationErrorCatalog = errorCatalog('registrations', {
  company_not_registered: { kind: 'not_found', message: 'This company is not registered for the event.' },
  talent_not_registered: { kind: 'not_found', message: 'This talent is not registered for the event.' },
  company_of_another_organizer: {
    kind: 'forbidden',
    message:
      'This company was registered by another organizer, so only they add its recruiters. Register a company of your own.',
  },
  email_taken: { kind: 'conflict', message: 'This email belongs to another kind of account.' },
  has_open_chats: {
    kind: 'conflict',
    message: 'There are open 1-1 chats at this event. Cancel or finish them first.',
  },
  registered_meanwhile: {
    kind: 'conflict',
    message: 'Someone registered this email at the same moment. Import the file again to include it.',
  },
  malformed_csv: { kind: 'invalid', message: 'The file is not valid CSV.' },
  missing_columns: { kind: 'invalid', message: 'Required columns are missing.' },
  too_many_rows: { kind: 'invalid', message: 'The file has too many rows.' },
});

const TalentParams = IdParams.extend({ talentId: z.uuid({ error: 'Not a valid id.' }) });

/** Who attends an event: only its own organizer manages that (others: 404 if they do not see it, else 403). */
export const registrationsApi = defineRoutes('registrations', {
  companies: {
    method: 'GET',
    path: '/api/events/:id/companies',
    summary: 'Registered companies with their booths and recruiters',
    params: IdParams,
    responses: { 200: RegisteredCompaniesResponse },
  },
  registerCompany: {
    method: 'POST',
    path: '/api/events/:id/companies',
    summary:
      'Register a company (found by name or created) and invite its new recruiters; merges if registered',
    params: IdParams,
    body: CompanyRegistrationInput,
    responses: { 201: RegisteredCompany },
  },
  setBooth: {
    method: 'PATCH',
    path: '/api/events/:id/companies/:companyId',
    summary: "Change a registered company's booth",
    params: CompanyParams,
    body: BoothInput,
    responses: { 200: RegisteredCompany },
  },
  addRecruiter: {
    method: 'POST',
    path: '/api/events/:id/companies/:companyId/recruiters',
    summary: 'Add a recruiter to a registered company (invited if new)',
    params: CompanyParams,
    body: PersonInput,
    responses: { 200: RegisteredCompany },
  },
  unregisterCompany: {
    method: 'DELETE',
    path: '/api/events/:id/companies/:companyId',
    summary: 'Unregister a company; refused while its recruiters have open chats at the event',
    params: CompanyParams,
    responses: { 204: z.null() },
  },
  talents: {
    method: 'GET',
    path: '/api/events/:id/talents',
    summary: 'Registered talents',
    params: IdParams,
    responses: { 200: RegisteredTalentsResponse },
  },
  addTalent: {
    method: 'POST',
    path: '/api/events/:id/talents',
    summary: 'Register a talent (invited if new)',
    params: IdParams,
    body: PersonInput,
    responses: { 201: Person },
  },
  removeTalent: {
    method: 'DELETE',
    path: '/api/events/:id/talents/:talentId',
    summary: 'Unregister a talent; refused while they have open chats at the event',
    params: TalentParams,
    responses: { 204: z.null() },
  },
  import: {
    method: 'POST',
    path: '/api/events/:id/import',
    summary: 'Import talents or recruiters from CSV; re-imports merge by email',
    params: IdParams,
    body: ImportRequest,
    responses: { 200: ImportReport },
  },
});
