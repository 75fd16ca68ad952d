CREATE TYPE "public"."participant_status" AS ENUM('pending_consent', 'active', 'opted_out');--> statement-breakpoint
CREATE TABLE "bot_state" (
	"key_hash" text PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"document" text NOT NULL,
	"etag" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversation_refs" (
	"participant_id" uuid PRIMARY KEY NOT NULL,
	"reference" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel" text NOT NULL,
	"address" text NOT NULL,
	"name" text,
	"locale" text,
	"time_zone" text,
	"region" text,
	"status" "participant_status" DEFAULT 'pending_consent' NOT NULL,
	"consent_at" timestamp with time zone,
	"consent_text" text,
	"opted_out_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "processed_activities" (
	"channel" text NOT NULL,
	"activity_id" text NOT NULL,
	"conversation_key" text NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_activities_channel_activity_id_pk" PRIMARY KEY("channel","activity_id")
);
--> statement-breakpoint
CREATE TABLE "turn_locks" (
	"conversation_key" text PRIMARY KEY NOT NULL,
	"owner" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conversation_refs" ADD CONSTRAINT "conversation_refs_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "participants_channel_address_key" ON "participants" USING btree ("channel","address");--> statement-breakpoint
CREATE INDEX "processed_activities_processed_at_idx" ON "processed_activities" USING btree ("processed_at");--> statement-breakpoint
CREATE INDEX "processed_activities_conversation_idx" ON "processed_activities" USING btree ("conversation_key");