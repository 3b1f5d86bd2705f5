import { notificationLogErrorCatalog } from '../../../shared/api/notification-log.contract.js';
import { apiErrors } from '../../infra/http/errors.js';

export const notificationLogErrors = apiErrors(notificationLogErrorCatalog);
