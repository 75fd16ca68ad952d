CREATE TABLE "sms_inbound" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"message_sid" text NOT NULL,
	"from_address" text NOT NULL,
	"to_address" text NOT NULL,
	"body" text NOT NULL,
	"num_media" integer DEFAULT 0 NOT NULL,
	"opt_out_type" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"claimed_by" text,
	"lease_until" timestamp with time zone,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sms_outbound" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dedupe_key" text NOT NULL,
	"to_address" text NOT NULL,
	"body" text NOT NULL,
	"options" jsonb,
	"ephemeral" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_by" text,
	"lease_until" timestamp with time zone,
	"provider_sid" text,
	"error_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"status_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "sms_inbound_message_sid_key" ON "sms_inbound" USING btree ("message_sid");--> statement-breakpoint
CREATE INDEX "sms_inbound_pending_idx" ON "sms_inbound" USING btree ("from_address","id") WHERE status = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "sms_outbound_dedupe_key" ON "sms_outbound" USING btree ("dedupe_key");--> statement-breakpoint
CREATE UNIQUE INDEX "sms_outbound_provider_sid_key" ON "sms_outbound" USING btree ("provider_sid");--> statement-breakpoint
CREATE INDEX "sms_outbound_due_idx" ON "sms_outbound" USING btree ("next_attempt_at","id") WHERE status = 'queued';--> statement-breakpoint
CREATE INDEX "sms_outbound_to_idx" ON "sms_outbound" USING btree ("to_address","id");