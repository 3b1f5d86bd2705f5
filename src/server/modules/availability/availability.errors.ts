import { availabilityErrorCatalog } from '../../../shared/api/availability.contract.js';
import { apiErrors } from '../../infra/http/errors.js';

export const availabilityErrors = apiErrors(availabilityErrorCatalog);
