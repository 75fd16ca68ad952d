CREATE TABLE "resource_locations" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text,
	"name" text,
	"address" text,
	"city" text,
	"state_province" text,
	"postal_code" text,
	"country" text,
	"lat" double precision,
	"lon" double precision,
	"time_zone" text NOT NULL,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_organizations" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"url" text,
	"email" text,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_phones" (
	"id" text PRIMARY KEY NOT NULL,
	"service_id" text,
	"location_id" text,
	"site_id" text,
	"organization_id" text,
	"number" text NOT NULL,
	"extension" text,
	"type" text,
	"description" text,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_schedules" (
	"id" text PRIMARY KEY NOT NULL,
	"service_id" text,
	"location_id" text,
	"site_id" text,
	"freq" text DEFAULT 'WEEKLY' NOT NULL,
	"byday" text DEFAULT '' NOT NULL,
	"opens_at" text,
	"closes_at" text,
	"valid_from" date,
	"valid_to" date,
	"description" text,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_services" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text,
	"name" text NOT NULL,
	"description" text,
	"url" text,
	"email" text,
	"status" text DEFAULT 'active' NOT NULL,
	"eligibility" text,
	"fees" text,
	"application_process" text,
	"terms" text[] DEFAULT '{}'::text[] NOT NULL,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"area_regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"search" "tsvector" NOT NULL,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_site_categories" (
	"site_id" text NOT NULL,
	"category" text NOT NULL,
	"service_id" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "resource_site_categories_site_id_category_pk" PRIMARY KEY("site_id","category")
);
--> statement-breakpoint
CREATE TABLE "resource_sites" (
	"id" text PRIMARY KEY NOT NULL,
	"service_id" text NOT NULL,
	"location_id" text NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "place_label" text;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "place_region" text;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "place_lat" double precision;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "place_lon" double precision;--> statement-breakpoint
CREATE INDEX "resource_locations_lat_lon_idx" ON "resource_locations" USING btree ("lat","lon");--> statement-breakpoint
CREATE INDEX "resource_locations_source_idx" ON "resource_locations" USING btree ("source");--> statement-breakpoint
CREATE INDEX "resource_phones_service_idx" ON "resource_phones" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "resource_phones_location_idx" ON "resource_phones" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "resource_phones_site_idx" ON "resource_phones" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "resource_phones_organization_idx" ON "resource_phones" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "resource_schedules_service_idx" ON "resource_schedules" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "resource_schedules_location_idx" ON "resource_schedules" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "resource_schedules_site_idx" ON "resource_schedules" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "resource_services_categories_idx" ON "resource_services" USING gin ("categories");--> statement-breakpoint
CREATE INDEX "resource_services_search_idx" ON "resource_services" USING gin ("search");--> statement-breakpoint
CREATE INDEX "resource_services_area_idx" ON "resource_services" USING gin ("area_regions");--> statement-breakpoint
CREATE INDEX "resource_services_source_idx" ON "resource_services" USING btree ("source");--> statement-breakpoint
CREATE INDEX "resource_site_categories_lookup_idx" ON "resource_site_categories" USING btree ("category","lat","lon");--> statement-breakpoint
CREATE INDEX "resource_site_categories_source_idx" ON "resource_site_categories" USING btree ("source");--> statement-breakpoint
CREATE INDEX "resource_sites_location_idx" ON "resource_sites" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "resource_sites_service_idx" ON "resource_sites" USING btree ("service_id");