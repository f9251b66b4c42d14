-- Issue 9, the gaps left after V7: a collector found by the caller ID their extension presents, the
-- collector_calls row written by the gate itself (allowed or denied, before anything rings) so that
-- every node answers "whose call is this" from the ledger, and the wait for MixMonitor's files kept in
-- the ledger so a restarted node still raises the alert for a file that never came.

-- The caller ID a collector's extension presents (digits, optionally a leading +), as Asterisk puts it
-- in agi_callerid. The gate identifies a collector by the calling device first and by this second.
-- Not unique: two active collectors with one caller ID is ambiguous, and the gate refuses the call.
alter table users
    add column caller_id text check (caller_id ~ '^\+?[0-9]{2,20}$');
create index users_caller_id_idx on users (caller_id) where caller_id is not null;

-- When the dialplan's gate decided the call. Click-to-dial writes the call's row when it originates
-- (its early check allowed it; the collector's phone is only ringing): gate_checked_at is null until
-- the gate, which is the control, writes its own decision over that early one, once.
alter table collector_calls
    add column gate_checked_at timestamptz;
update collector_calls set gate_checked_at = started_at;

-- Whether MixMonitor's file for the leg has been seen on disk: AWAITED until it appears (SEEN, with
-- size_bytes) or its time runs out (MISSING, one RECORDING_MISSING alert). Any node's schedule checks
-- the AWAITED rows of ended calls, so a restart loses no wait.
alter table call_recordings
    add column file_state text not null default 'AWAITED' check (file_state in ('AWAITED', 'SEEN', 'MISSING'));
update call_recordings set file_state = 'SEEN' where size_bytes is not null;
update call_recordings set file_state = 'MISSING' where size_bytes is null and transcription_status = 'NOT_WANTED';
alter table call_recordings
    add constraint call_recordings_seen_has_size check ((file_state = 'SEEN') = (size_bytes is not null));
create index call_recordings_awaited_idx on call_recordings (collector_call_id) where file_state = 'AWAITED';
