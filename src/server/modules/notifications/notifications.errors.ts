import { notificationErrorCatalog } from '../../../shared/api/notifications.contract.js';
import { apiErrors } from '../../infra/http/errors.js';

export const notificationErrors = apiErrors(notificationErrorCatalog);
