--liquibase formatted sql
-- A migration that fails halfway: its first change set must not survive the failure of the second.

--changeset carebench-test:broken-1
CREATE TABLE test_half_done (id BIGINT NOT NULL PRIMARY KEY);
INSERT INTO test_half_done (id) VALUES (1);

--changeset carebench-test:broken-2
ALTER TABLE table_that_does_not_exist ADD COLUMN nothing INT;
