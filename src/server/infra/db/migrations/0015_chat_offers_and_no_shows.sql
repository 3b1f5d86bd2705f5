-- Two new chat states: `offered` (a freed time held for one waitlisted talent until they accept or the hold lapses)
-- and `no_show` (a booked chat its talent did not come to). A value added with ALTER TYPE ... ADD VALUE cannot be
-- used in the transaction that adds it, and a fresh database runs every migration in one transaction, so the type is
-- replaced by a new one with the same name, and everything that names its values is rebuilt around the swap.
ALTER TABLE "chats" DROP CONSTRAINT "chats_booked_has_time";--> statement-breakpoint
ALTER TABLE "chats" DROP CONSTRAINT "chats_recruiter_no_overlap";--> statement-breakpoint
ALTER TABLE "chats" DROP CONSTRAINT "chats_talent_no_overlap";--> statement-breakpoint
DROP INDEX "chats_one_open_per_pair";--> statement-breakpoint
ALTER TYPE "public"."chat_state" RENAME TO "chat_state_before_offers";--> statement-breakpoint
CREATE TYPE "public"."chat_state" AS ENUM('requested', 'invited', 'in_scheduling', 'offered', 'confirmed', 'declined', 'cancelled', 'completed', 'no_show');--> statement-breakpoint
ALTER TABLE "chats" ALTER COLUMN "state" TYPE "public"."chat_state" USING "state"::text::"public"."chat_state";--> statement-breakpoint
DROP TYPE "public"."chat_state_before_offers";--> statement-breakpoint
ALTER TABLE "chats" ADD COLUMN "offer_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "chats" ADD COLUMN "offered_from" "chat_state";--> statement-breakpoint
CREATE INDEX "chats_offer_expiry_idx" ON "chats" USING btree ("offer_expires_at") WHERE "chats"."state" = 'offered';--> statement-breakpoint
CREATE UNIQUE INDEX "chats_one_open_per_pair" ON "chats" USING btree ("event_id","talent_id","recruiter_id") WHERE "chats"."state" in ('requested', 'invited', 'in_scheduling', 'offered', 'confirmed');--> statement-breakpoint
ALTER TABLE "chats" ADD CONSTRAINT "chats_offer_has_expiry" CHECK (("chats"."state" = 'offered') = ("chats"."offer_expires_at" is not null) and ("chats"."offered_from" is null or "chats"."state" = 'offered'));--> statement-breakpoint
ALTER TABLE "chats" ADD CONSTRAINT "chats_offered_from_waiting" CHECK ("chats"."offered_from" is null or "chats"."offered_from" in ('invited', 'in_scheduling'));--> statement-breakpoint
ALTER TABLE "chats" ADD CONSTRAINT "chats_booked_has_time" CHECK ("chats"."state" not in ('confirmed', 'completed', 'offered', 'no_show') or ("chats"."starts_at" is not null and "chats"."ends_at" > "chats"."starts_at" and "chats"."event_day_id" is not null));--> statement-breakpoint
-- An offered time is held like a booked one: nobody else can book it, and the talent cannot hold two overlapping.
ALTER TABLE "chats" ADD CONSTRAINT "chats_recruiter_no_overlap"
  EXCLUDE USING gist ("recruiter_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("state" in ('confirmed', 'offered'));--> statement-breakpoint
ALTER TABLE "chats" ADD CONSTRAINT "chats_talent_no_overlap"
  EXCLUDE USING gist ("talent_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("state" in ('confirmed', 'offered'));
