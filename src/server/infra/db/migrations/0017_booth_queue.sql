CREATE TYPE "public"."booth_queue_state" AS ENUM('waiting', 'called', 'served', 'left', 'no_answer');--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'booth_called';--> statement-breakpoint
CREATE TABLE "booth_queue_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"event_day_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"talent_id" uuid NOT NULL,
	"state" "booth_queue_state" DEFAULT 'waiting' NOT NULL,
	"joined_at" timestamp with time zone NOT NULL,
	"called_at" timestamp with time zone,
	"called_by_id" uuid,
	"chat_id" uuid,
	"ended_at" timestamp with time zone,
	CONSTRAINT "booth_queue_called_has_time" CHECK ("booth_queue_entries"."state" in ('waiting', 'left') or "booth_queue_entries"."called_at" is not null),
	CONSTRAINT "booth_queue_ended_has_time" CHECK ("booth_queue_entries"."state" in ('waiting', 'called') or "booth_queue_entries"."ended_at" is not null)
);
--> statement-breakpoint
ALTER TABLE "booth_queue_entries" ADD CONSTRAINT "booth_queue_entries_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booth_queue_entries" ADD CONSTRAINT "booth_queue_entries_event_day_id_event_days_id_fk" FOREIGN KEY ("event_day_id") REFERENCES "public"."event_days"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booth_queue_entries" ADD CONSTRAINT "booth_queue_entries_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booth_queue_entries" ADD CONSTRAINT "booth_queue_entries_talent_id_users_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booth_queue_entries" ADD CONSTRAINT "booth_queue_entries_called_by_id_users_id_fk" FOREIGN KEY ("called_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booth_queue_entries" ADD CONSTRAINT "booth_queue_entries_chat_id_chats_id_fk" FOREIGN KEY ("chat_id") REFERENCES "public"."chats"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "booth_queue_one_active_per_talent" ON "booth_queue_entries" USING btree ("event_day_id","company_id","talent_id") WHERE "booth_queue_entries"."state" in ('waiting', 'called');--> statement-breakpoint
CREATE INDEX "booth_queue_line_idx" ON "booth_queue_entries" USING btree ("event_day_id","company_id","joined_at","id") WHERE "booth_queue_entries"."state" in ('waiting', 'called');--> statement-breakpoint
CREATE INDEX "booth_queue_talent_idx" ON "booth_queue_entries" USING btree ("talent_id");