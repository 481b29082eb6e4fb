-- Study mode: each learner's desired retention (FSRS aims for it; 0.70 to 0.97, default 0.9).
CREATE TABLE study_setting (
  learner           VARCHAR(64) NOT NULL PRIMARY KEY,
  desired_retention DOUBLE PRECISION NOT NULL
);
