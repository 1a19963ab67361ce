-- The audit log is searched by what an entry concerns and by what was done (第二十二条), beside who and when.
CREATE INDEX audit_entry_target ON audit_entry (target_id);
CREATE INDEX audit_entry_action ON audit_entry (action, at);
