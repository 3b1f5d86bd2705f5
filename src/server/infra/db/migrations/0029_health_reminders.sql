CREATE TYPE "public"."health_reminder_kind" AS ENUM('unconfirmed', 'company_full', 'busy_day');--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'organizer_reminder';--> statement-breakpoint
CREATE TABLE "health_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"kind" "health_reminder_kind" NOT NULL,
	"recipient_id" uuid NOT NULL,
	"sent_by_id" uuid,
	"note" text,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "health_reminders" ADD CONSTRAINT "health_reminders_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_reminders" ADD CONSTRAINT "health_reminders_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_reminders" ADD CONSTRAINT "health_reminders_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "health_reminders_recent_idx" ON "health_reminders" USING btree ("event_id","kind","recipient_id","sent_at");