-- Issue 8 item 15: an escalation email was sent after the escalation committed, so a process that
-- died in between lost it. Outgoing email is now a row written in the SAME transaction as the change
-- that causes it; a delivery worker sends it from here, retrying with back-off. Several workers
-- (threads or nodes) may share the table: each claims due rows with FOR UPDATE SKIP LOCKED and
-- leases them (next_attempt_at moves past the send's time-out) before sending.

create table mail_outbox (
    id              bigint generated always as identity primary key,
    -- One email per cause (e.g. dispute-escalated:42): a replayed change queues nothing new.
    idempotency_key text        not null unique,
    -- The RFC 5322 Message-ID sent with every attempt, so a resend after a crash between the SMTP
    -- server accepting and this row being marked SENT can be recognised by receivers as the same email.
    message_id      text        not null unique,
    sender          text        not null,
    recipient       text        not null,
    subject         text        not null,
    body            text        not null,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILING')),
    -- Send attempts started (a claim counts one, whether or not it got an answer).
    attempts        integer     not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz not null default now(),
    -- Why the last attempt failed, as the SMTP adapter worded it (never a password).
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    check ((status = 'SENT') = (sent_at is not null))
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at, id) where status = 'PENDING';
create index mail_outbox_failing_idx on mail_outbox (created_at, id) where status = 'FAILING';
