CREATE TABLE "last_visits" (
	"account_id" uuid NOT NULL,
	"id_structure_cpp" bigint NOT NULL,
	"space" text NOT NULL,
	"visited_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "last_visits_account_id_id_structure_cpp_space_pk" PRIMARY KEY("account_id","id_structure_cpp","space")
);
--> statement-breakpoint
CREATE TABLE "structure_settings" (
	"id_structure_cpp" bigint PRIMARY KEY NOT NULL,
	"payment_delay_days" integer,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
