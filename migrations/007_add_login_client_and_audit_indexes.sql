-- The client address of each login attempt, for a rate limit per client as well as per username,
-- and the indexes the audit log page filters by (time, user, action).
ALTER TABLE login_attempts ADD COLUMN client TEXT;
CREATE INDEX login_attempts_by_client ON login_attempts (client, attempted_at);
CREATE INDEX audit_log_by_at ON audit_log (at);
CREATE INDEX audit_log_by_user ON audit_log (user_id, at);
CREATE INDEX audit_log_by_action ON audit_log (action, at);
