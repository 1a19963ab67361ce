-- PostgreSQL only: a quarter's registry file is read against the last one applied (SnapshotDelta),
-- and only the units it names are read from the tree, with every authority (the parents) and every
-- unit ever moved by hand (compared again each quarter). Both are a few thousand rows among
-- hundreds of thousands: small partial indexes find them without reading the tables.
-- Written as PostgreSQL prints it back (pg_get_indexdef), so that a bulk load (BulkLoad), which drops
-- and re-creates indexes from their printed definitions, leaves the catalogue exactly as it was.
CREATE INDEX organisation_authority ON organisation (id) WHERE ((kind)::text = ANY (ARRAY[('MOE'::character varying)::text,
    ('PROVINCE'::character varying)::text, ('PREFECTURE'::character varying)::text, ('COUNTY'::character varying)::text]));
CREATE INDEX org_event_moved ON org_event (organisation_id) WHERE ((event_type)::text = 'MOVED'::text);
