CREATE TYPE "public"."booking_mode" AS ENUM('approval', 'direct');--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "booking_mode" "booking_mode" DEFAULT 'approval' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "bookings_open_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "bookings_close_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_booking_window_valid" CHECK ("events"."bookings_open_at" is null or "events"."bookings_close_at" is null or "events"."bookings_close_at" > "events"."bookings_open_at");