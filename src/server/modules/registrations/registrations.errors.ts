import { registrationErrorCatalog } from '../../../shared/api/registrations.contract.js';
import { apiErrors } from '../../infra/http/errors.js';

export const registrationErrors = apiErrors(registrationErrorCatalog);
