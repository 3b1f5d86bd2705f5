// The one schema both drivers and drizzle-kit read: every module's tables.
export * from '../../modules/auth/auth.table.js';
export * from '../../modules/companies/companies.table.js';
export * from '../../modules/events/events.table.js';
export * from '../../modules/registrations/registrations.table.js';
export * from '../../modules/talents/talents.table.js';
export * from '../../modules/availability/availability.table.js';
export * from '../../modules/availability/availability.favourites.table.js';
export * from '../../modules/chats/chats.table.js';
export * from '../../modules/chats/chats.company-requests.table.js';
export * from '../mail/mail.table.js';
export * from '../../modules/rooms/rooms.table.js';
export * from '../../modules/support/support.table.js';
export * from '../live/live.table.js';
export * from '../../modules/notifications/notifications.table.js';
export * from '../../modules/booths/booths.table.js';
export * from '../../modules/chat-notes/chat-notes.table.js';
export * from '../../modules/safety/safety.table.js';
