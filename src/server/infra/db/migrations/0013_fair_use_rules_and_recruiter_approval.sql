ALTER TABLE "events" ADD COLUMN "recruiters_may_require_approval" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "max_chats_per_talent" integer;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "max_chats_per_talent_per_day" integer;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "max_open_requests_per_talent" integer;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "max_chats_per_recruiter_per_day" integer;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "break_after_chats" integer;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "break_minutes" integer;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "min_gap_minutes" integer;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "min_notice_hours" integer;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "request_cutoff_hours" integer;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "change_cutoff_hours" integer;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "max_reschedules_per_chat" integer;--> statement-breakpoint
ALTER TABLE "recruiter_details" ADD COLUMN "requires_approval" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_max_chats_per_talent_range" CHECK ("events"."max_chats_per_talent" is null or "events"."max_chats_per_talent" between 1 and 100);--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_max_chats_per_talent_per_day_range" CHECK ("events"."max_chats_per_talent_per_day" is null or "events"."max_chats_per_talent_per_day" between 1 and 50);--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_max_open_requests_per_talent_range" CHECK ("events"."max_open_requests_per_talent" is null or "events"."max_open_requests_per_talent" between 1 and 100);--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_max_chats_per_recruiter_per_day_range" CHECK ("events"."max_chats_per_recruiter_per_day" is null or "events"."max_chats_per_recruiter_per_day" between 1 and 100);--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_break_after_chats_range" CHECK ("events"."break_after_chats" is null or "events"."break_after_chats" between 1 and 50);--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_break_minutes_range" CHECK ("events"."break_minutes" is null or "events"."break_minutes" between 5 and 240);--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_min_gap_minutes_range" CHECK ("events"."min_gap_minutes" is null or "events"."min_gap_minutes" between 5 and 240);--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_min_notice_hours_range" CHECK ("events"."min_notice_hours" is null or "events"."min_notice_hours" between 1 and 720);--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_request_cutoff_hours_range" CHECK ("events"."request_cutoff_hours" is null or "events"."request_cutoff_hours" between 1 and 720);--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_change_cutoff_hours_range" CHECK ("events"."change_cutoff_hours" is null or "events"."change_cutoff_hours" between 1 and 720);--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_max_reschedules_per_chat_range" CHECK ("events"."max_reschedules_per_chat" is null or "events"."max_reschedules_per_chat" between 0 and 20);--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_break_complete" CHECK (("events"."break_after_chats" is null) = ("events"."break_minutes" is null));