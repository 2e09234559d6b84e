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

--changeset carebench:cases-4
-- Annotations and finding: flags (types per project; project 0 = the default set), typed attributes per project,
-- related cases, assignment to teams, saved views of the case list.
CREATE TABLE flag_type (
  project_id BIGINT NOT NULL,
  code VARCHAR(40) NOT NULL,
  name VARCHAR(100) NOT NULL,
  position INT NOT NULL,
  PRIMARY KEY (project_id, code)
);
INSERT INTO flag_type (project_id, code, name, position) VALUES
  (0, 'URGENT', 'Urgent', 10),
  (0, 'SAFETY', 'Safety concern', 20),
  (0, 'DOCUMENTS', 'Documents missing', 30),
  (0, 'FOLLOW_UP', 'Needs follow-up', 40);
CREATE TABLE case_flag (
  id BIGINT NOT NULL PRIMARY KEY,
  case_id BIGINT NOT NULL CONSTRAINT fk_flag_case REFERENCES care_case (id),
  flag_code VARCHAR(40) NOT NULL,
  comment_text VARCHAR(500),
  added_by BIGINT,
  added_at TIMESTAMP NOT NULL,
  resolved_by BIGINT,
  resolved_at TIMESTAMP
);
CREATE INDEX ix_flag_open ON case_flag (flag_code, resolved_at, case_id);

-- value_type: TEXT, NUMBER, DATE, YES_NO; a value sits in the column of its type
CREATE TABLE attribute_definition (
  project_id BIGINT NOT NULL,
  code VARCHAR(40) NOT NULL,
  name VARCHAR(100) NOT NULL,
  value_type VARCHAR(10) NOT NULL,
  position INT NOT NULL,
  PRIMARY KEY (project_id, code)
);
CREATE TABLE case_attribute (
  case_id BIGINT NOT NULL CONSTRAINT fk_attribute_case REFERENCES care_case (id),
  code VARCHAR(40) NOT NULL,
  text_value VARCHAR(1000),
  number_value DECIMAL(19, 4),
  date_value DATE,
  PRIMARY KEY (case_id, code)
);
CREATE INDEX ix_attribute_text ON case_attribute (code, text_value);
CREATE INDEX ix_attribute_number ON case_attribute (code, number_value);
CREATE INDEX ix_attribute_date ON case_attribute (code, date_value);

-- a link is stored both ways, so each case lists it from its side
CREATE TABLE case_link (
  case_id BIGINT NOT NULL CONSTRAINT fk_link_case REFERENCES care_case (id),
  related_case_id BIGINT NOT NULL CONSTRAINT fk_link_related REFERENCES care_case (id),
  linked_by BIGINT,
  linked_at TIMESTAMP NOT NULL,
  PRIMARY KEY (case_id, related_case_id)
);

ALTER TABLE care_case ADD COLUMN team_id BIGINT;

CREATE TABLE saved_view (
  id BIGINT NOT NULL PRIMARY KEY,
  user_id BIGINT NOT NULL,
  name VARCHAR(100) NOT NULL,
  definition VARCHAR(4000) NOT NULL,
  CONSTRAINT uq_saved_view UNIQUE (user_id, name)
);
INSERT INTO id_sequence (seq_name, next_value) VALUES ('case_flag', 0), ('saved_view', 0);

--changeset carebench:cases-5
-- the people of a case besides its primary client (family members, others associated with him)
CREATE TABLE case_participant (
  case_id BIGINT NOT NULL CONSTRAINT fk_participant_case REFERENCES care_case (id),
  client_id BIGINT NOT NULL CONSTRAINT fk_participant_client REFERENCES client_profile (id),
  relationship VARCHAR(60),
  added_by BIGINT,
  added_at TIMESTAMP NOT NULL,
  PRIMARY KEY (case_id, client_id)
);
