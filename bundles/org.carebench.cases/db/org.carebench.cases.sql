--liquibase formatted sql
-- Carebench cases: statuses, cases and notes. Never edit an applied change set: add one.

--changeset carebench:cases-1
CREATE TABLE case_status (
  code VARCHAR(40) NOT NULL PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  closed BOOLEAN NOT NULL DEFAULT FALSE,
  position INT NOT NULL
);
INSERT INTO case_status (code, name, closed, position) VALUES
  ('NEW', 'New', FALSE, 10),
  ('IN_PROGRESS', 'In progress', FALSE, 20),
  ('PENDING', 'Pending', FALSE, 30),
  ('CLOSED', 'Closed', TRUE, 40);

-- project_id, organization_id, status and assignee_id carry no foreign keys on purpose: Derby indexes every
-- foreign key, and these low-cardinality ones would slow loading and status changes; the case service checks
-- them. The indexes below match the case list's filters and its ORDER BY (last activity, newest first).
CREATE TABLE care_case (
  id BIGINT NOT NULL PRIMARY KEY,
  code VARCHAR(40) NOT NULL CONSTRAINT uq_case_code UNIQUE,
  client_id BIGINT NOT NULL CONSTRAINT fk_case_client REFERENCES client_profile (id),
  project_id BIGINT NOT NULL,
  organization_id BIGINT NOT NULL,
  status VARCHAR(40) NOT NULL,
  assignee_id BIGINT,
  opened_at TIMESTAMP NOT NULL,
  closed_at TIMESTAMP,
  last_activity_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX ix_case_activity ON care_case (last_activity_at DESC, id DESC);
CREATE INDEX ix_case_status_assignee ON care_case (status, assignee_id, last_activity_at DESC, id DESC);
CREATE INDEX ix_case_assignee ON care_case (assignee_id, last_activity_at DESC, id DESC);
CREATE INDEX ix_case_project ON care_case (project_id, last_activity_at DESC, id DESC);

CREATE TABLE case_note (
  id BIGINT NOT NULL PRIMARY KEY,
  case_id BIGINT NOT NULL CONSTRAINT fk_note_case REFERENCES care_case (id),
  author_id BIGINT NOT NULL,
  created_at TIMESTAMP NOT NULL,
  body VARCHAR(4000) NOT NULL
);

INSERT INTO id_sequence (seq_name, next_value) VALUES ('care_case', 0), ('case_note', 0);
