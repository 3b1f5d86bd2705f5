import { eventErrorCatalog } from '../../../shared/api/events.contract.js';
import { apiErrors } from '../../infra/http/errors.js';

export const eventErrors = apiErrors(eventErrorCatalog);
