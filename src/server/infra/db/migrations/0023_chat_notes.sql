CREATE TYPE "public"."chat_next_step" AS ENUM('invite_to_interview', 'keep_in_touch', 'not_a_fit', 'no_show');--> statement-breakpoint
CREATE TABLE "chat_assessments" (
	"chat_id" uuid PRIMARY KEY NOT NULL,
	"rating" smallint,
	"rated_by_id" uuid,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"next_step" "chat_next_step",
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "chat_assessments_rating_range" CHECK ("chat_assessments"."rating" between 1 and 5),
	CONSTRAINT "chat_assessments_tags_count" CHECK (cardinality("chat_assessments"."tags") <= 10)
);
--> statement-breakpoint
CREATE TABLE "chat_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"chat_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "chat_notes_body_length" CHECK (char_length("chat_notes"."body") between 1 and 4000),
	CONSTRAINT "chat_notes_time_order" CHECK ("chat_notes"."updated_at" >= "chat_notes"."created_at")
);
--> statement-breakpoint
ALTER TABLE "chat_assessments" ADD CONSTRAINT "chat_assessments_chat_id_chats_id_fk" FOREIGN KEY ("chat_id") REFERENCES "public"."chats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_assessments" ADD CONSTRAINT "chat_assessments_rated_by_id_users_id_fk" FOREIGN KEY ("rated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_assessments" ADD CONSTRAINT "chat_assessments_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_notes" ADD CONSTRAINT "chat_notes_chat_id_chats_id_fk" FOREIGN KEY ("chat_id") REFERENCES "public"."chats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_notes" ADD CONSTRAINT "chat_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chat_notes_chat_idx" ON "chat_notes" USING btree ("chat_id","created_at");