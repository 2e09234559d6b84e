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

--changeset carebench:cases-2
-- Workflows per project. Rows of project 0 are the default workflow, used by every project that has none of its
-- own; the statuses of 0.1.0 become it.
CREATE TABLE workflow_status (
  project_id BIGINT NOT NULL,
  code VARCHAR(40) NOT NULL,
  name VARCHAR(100) NOT NULL,
  closed BOOLEAN NOT NULL,
  position INT NOT NULL,
  PRIMARY KEY (project_id, code)
);
INSERT INTO workflow_status (project_id, code, name, closed, position)
  SELECT 0, code, name, closed, position FROM case_status;
DROP TABLE case_status;

CREATE TABLE workflow_transition (
  project_id BIGINT NOT NULL,
  from_code VARCHAR(40) NOT NULL,
  to_code VARCHAR(40) NOT NULL,
  PRIMARY KEY (project_id, from_code, to_code)
);
INSERT INTO workflow_transition (project_id, from_code, to_code) VALUES
  (0, 'NEW', 'IN_PROGRESS'), (0, 'NEW', 'PENDING'), (0, 'NEW', 'CLOSED'),
  (0, 'IN_PROGRESS', 'PENDING'), (0, 'IN_PROGRESS', 'CLOSED'),
  (0, 'PENDING', 'IN_PROGRESS'), (0, 'PENDING', 'CLOSED'),
  (0, 'CLOSED', 'IN_PROGRESS');

CREATE TABLE closing_reason (
  project_id BIGINT NOT NULL,
  code VARCHAR(40) NOT NULL,
  name VARCHAR(100) NOT NULL,
  position INT NOT NULL,
  PRIMARY KEY (project_id, code)
);
INSERT INTO closing_reason (project_id, code, name, position) VALUES
  (0, 'GOALS_MET', 'Goals achieved', 10),
  (0, 'REFERRED', 'Referred to another service', 20),
  (0, 'WITHDREW', 'Client withdrew', 30),
  (0, 'NO_CONTACT', 'Unable to contact the client', 40),
  (0, 'DUPLICATE', 'Duplicate case', 50);

-- close rules a project applies (ids of CloseRule services)
CREATE TABLE project_close_rule (
  project_id BIGINT NOT NULL,
  rule_id VARCHAR(100) NOT NULL,
  PRIMARY KEY (project_id, rule_id)
);

ALTER TABLE care_case ADD COLUMN closing_reason VARCHAR(40);
ALTER TABLE care_case ADD COLUMN shared BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE care_case SET closing_reason = 'GOALS_MET' WHERE closed_at IS NOT NULL;

-- users of other organizations (or colleagues) who work on a case with its owners
CREATE TABLE case_collaborator (
  case_id BIGINT NOT NULL CONSTRAINT fk_collaborator_case REFERENCES care_case (id),
  user_id BIGINT NOT NULL,
  added_at TIMESTAMP NOT NULL,
  PRIMARY KEY (case_id, user_id)
);
CREATE INDEX ix_collaborator_user ON case_collaborator (user_id);

-- notes are never erased: a deleted note is hidden, and its text stays in the activity log
ALTER TABLE case_note ADD COLUMN edited_at TIMESTAMP;
ALTER TABLE case_note ADD COLUMN deleted_at TIMESTAMP;

--changeset carebench:cases-3
-- Case types (CiviCase): roles filled when a case opens, and activities scheduled at day offsets from the
-- opening or from another activity.
CREATE TABLE case_type (
  id BIGINT NOT NULL PRIMARY KEY,
  project_id BIGINT NOT NULL,
  code VARCHAR(40) NOT NULL,
  name VARCHAR(100) NOT NULL,
  CONSTRAINT uq_case_type UNIQUE (project_id, code)
);
CREATE TABLE case_type_role (
  case_type_id BIGINT NOT NULL CONSTRAINT fk_type_role_type REFERENCES case_type (id),
  code VARCHAR(40) NOT NULL,
  name VARCHAR(100) NOT NULL,
  position INT NOT NULL,
  PRIMARY KEY (case_type_id, code)
);
CREATE TABLE case_type_activity (
  case_type_id BIGINT NOT NULL CONSTRAINT fk_type_activity_type REFERENCES case_type (id),
  code VARCHAR(40) NOT NULL,
  name VARCHAR(200) NOT NULL,
  offset_days INT NOT NULL,
  relative_to VARCHAR(40),
  role_code VARCHAR(40),
  position INT NOT NULL,
  PRIMARY KEY (case_type_id, code)
);
ALTER TABLE care_case ADD COLUMN case_type_id BIGINT;
CREATE TABLE case_role_assignment (
  case_id BIGINT NOT NULL CONSTRAINT fk_role_assignment_case REFERENCES care_case (id),
  role_code VARCHAR(40) NOT NULL,
  user_id BIGINT NOT NULL,
  PRIMARY KEY (case_id, role_code)
);
CREATE TABLE case_activity (
  id BIGINT NOT NULL PRIMARY KEY,
  case_id BIGINT NOT NULL CONSTRAINT fk_activity_case REFERENCES care_case (id),
  code VARCHAR(40) NOT NULL,
  name VARCHAR(200) NOT NULL,
  due_date DATE NOT NULL,
  status VARCHAR(20) NOT NULL,
  assignee_id BIGINT,
  completed_at TIMESTAMP,
  completed_by BIGINT
);
CREATE INDEX ix_activity_assignee_due ON case_activity (assignee_id, status, due_date);
INSERT INTO id_sequence (seq_name, next_value) VALUES ('case_type', 0), ('case_activity', 0);
