ALTER TYPE "public"."chat_history_kind" ADD VALUE 'offered';--> statement-breakpoint
ALTER TYPE "public"."chat_history_kind" ADD VALUE 'offer_accepted';--> statement-breakpoint
ALTER TYPE "public"."chat_history_kind" ADD VALUE 'offer_declined';--> statement-breakpoint
ALTER TYPE "public"."chat_history_kind" ADD VALUE 'offer_lapsed';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'waitlist_offer';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'waitlist_offer_lapsed';--> statement-breakpoint
CREATE TABLE "waitlist_entries" (
	"event_id" uuid NOT NULL,
	"recruiter_id" uuid NOT NULL,
	"talent_id" uuid NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "waitlist_entries_event_id_recruiter_id_talent_id_pk" PRIMARY KEY("event_id","recruiter_id","talent_id")
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "offer_hold_minutes" integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "offer_hold_minutes_on_event_days" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_recruiter_id_users_id_fk" FOREIGN KEY ("recruiter_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_talent_id_users_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "waitlist_entries_order_idx" ON "waitlist_entries" USING btree ("event_id","recruiter_id","joined_at","talent_id");--> statement-breakpoint
CREATE INDEX "waitlist_entries_talent_idx" ON "waitlist_entries" USING btree ("talent_id","event_id");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_offer_hold_range" CHECK ("events"."offer_hold_minutes" between 1 and 1440);--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_offer_hold_on_event_days_range" CHECK ("events"."offer_hold_minutes_on_event_days" between 1 and 1440);