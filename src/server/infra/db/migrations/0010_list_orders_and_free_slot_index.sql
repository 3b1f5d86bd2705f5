DROP INDEX "chats_event_recruiter_idx";--> statement-breakpoint
DROP INDEX "chats_event_talent_idx";--> statement-breakpoint
CREATE INDEX "chats_event_recruiter_time_idx" ON "chats" USING btree ("event_id","recruiter_id",coalesce("starts_at", 'infinity'::timestamptz),"updated_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "chats_event_talent_time_idx" ON "chats" USING btree ("event_id","talent_id",coalesce("starts_at", 'infinity'::timestamptz),"updated_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "chats_recruiter_starts_idx" ON "chats" USING btree ("recruiter_id","starts_at");