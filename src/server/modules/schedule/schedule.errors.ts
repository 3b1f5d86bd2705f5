import { scheduleErrorCatalog } from '../../../shared/api/schedule.contract.js';
import { apiErrors } from '../../infra/http/errors.js';

export const scheduleErrors = apiErrors(scheduleErrorCatalog);
