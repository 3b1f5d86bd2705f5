import { eventHealthErrorCatalog } from '../../../shared/api/event-health.contract.js';
import { apiErrors } from '../../infra/http/errors.js';

export const eventHealthErrors = apiErrors(eventHealthErrorCatalog);
