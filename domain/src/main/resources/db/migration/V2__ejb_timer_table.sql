-- The store of persistent EJB timers (server-config points the timer datasource at jdbc/eduinfo),
-- so that every instance of a deployment group shares one timer table. Names and columns as
-- Payara's glassfish/lib/install/databases/ejbtimer_*.sql; ${blobType} is BYTEA or BLOB. The timer
-- service may have created it already when it started before the application (IF NOT EXISTS).
CREATE TABLE IF NOT EXISTS "EJB__TIMER__TBL" (
    "CREATIONTIMERAW"      BIGINT       NOT NULL,
    "BLOB"                 ${blobType},
    "TIMERID"              VARCHAR(255) NOT NULL,
    "CONTAINERID"          BIGINT       NOT NULL,
    "OWNERID"              VARCHAR(255),
    "STATE"                INTEGER      NOT NULL,
    "PKHASHCODE"           INTEGER      NOT NULL,
    "INTERVALDURATION"     BIGINT       NOT NULL,
    "INITIALEXPIRATIONRAW" BIGINT       NOT NULL,
    "LASTEXPIRATIONRAW"    BIGINT       NOT NULL,
    "SCHEDULE"             VARCHAR(255),
    "APPLICATIONID"        BIGINT       NOT NULL,
    CONSTRAINT "PK_EJB__TIMER__TBL" PRIMARY KEY ("TIMERID")
);
