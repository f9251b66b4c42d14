-- Issue 3 asks every ledger write a call makes to carry an idempotency key, and V1 left the PIN
-- counter out: a retried "wrong PIN" counted twice and could lock an account early. Each counted
-- PIN outcome is now a row keyed by <callId>/<purpose>/<n>; the counter changes only when that row
-- is new, so a retried write lands once.

-- What a call did to an account's PIN counter: FAILED adds one (and may lock), PASSED resets it.
-- Never the PIN or any digit the caller keyed: only which account, which call, the outcome and when.
create table pin_attempts (
    id              bigint generated always as identity primary key,
    idempotency_key text        not null unique,
    account_id      bigint      not null references accounts (id),
    -- No foreign key to calls, unlike payments: the call row is written best-effort, and a wrong
    -- PIN must be counted even when that row is missing, or the lockout could be sidestepped.
    call_id         text        not null,
    outcome         text        not null check (outcome in ('FAILED', 'PASSED')),
    attempted_at    timestamptz not null default now()
);
create index pin_attempts_account_idx on pin_attempts (account_id, attempted_at);

-- An audit line that records a call's write carries that write's key, so a retried write cannot
-- audit twice. Lines written outside calls (seeder, back office, scheduler) leave it null, and
-- nulls never collide in a unique column.
alter table audit_log
    add column idempotency_key text unique;
