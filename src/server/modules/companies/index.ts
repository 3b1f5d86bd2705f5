/** What other modules may use of companies; everything else in this folder is private to it. */
export { findCompanyById, findOrCreateOwnCompany, findOwnCompanyByName } from './companies.repository.js';
