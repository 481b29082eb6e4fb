-- Rebuilds attempt_answer with its primary key declared before its foreign key. H2 plans an
-- equality lookup on the first index that fits; created first, the primary key is that index, so
-- saving an answer updates one row by (attempt_id, question_id) instead of reading every answer
-- of the attempt through the foreign-key index. Same columns, same data, portable SQL.
CREATE TABLE attempt_answer_new (
  attempt_id BIGINT NOT NULL,
  question_id VARCHAR(200) NOT NULL,
  answer_json VARCHAR(20000) NOT NULL,
  saved_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (attempt_id, question_id),
  FOREIGN KEY (attempt_id) REFERENCES attempt (id)
);

INSERT INTO attempt_answer_new (attempt_id, question_id, answer_json, saved_at)
  SELECT attempt_id, question_id, answer_json, saved_at FROM attempt_answer;

DROP TABLE attempt_answer;

ALTER TABLE attempt_answer_new RENAME TO attempt_answer;
