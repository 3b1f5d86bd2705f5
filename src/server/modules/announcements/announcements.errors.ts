import { announcementErrorCatalog } from '../../../shared/api/announcements.contract.js';
import { apiErrors } from '../../infra/http/errors.js';

export const announcementErrors = apiErrors(announcementErrorCatalog);
