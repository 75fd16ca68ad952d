ALTER TABLE "crisis_events" ADD COLUMN "level" text DEFAULT 'crisis' NOT NULL;--> statement-breakpoint
ALTER TABLE "crisis_events" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "crisis_events" ADD COLUMN "outcome_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "said_safe_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sms_outbound" ADD COLUMN "critical" boolean DEFAULT false NOT NULL;