-- Issue 9: collectors call customers through the switch, behind a compliance gate (Regulation F,
-- 12 CFR 1006). The gate (ivr-core compliance/) reads what this migration stores: where the customer
-- is (address state and zone, the zones of each number's area code), every call about a debt with
-- how it ended, the flags that stop calls, and the times the customer said are inconvenient. It also
-- stores which collector works which account, the collector calls themselves and their recordings
-- per leg. Enumerated text columns hold the Java enum names (CallDisposition, FlagKind, DenialReason).

-- Phone numbers get a type and the IANA zone(s) of their area code (compliance/area-code-zones.csv;
-- several for an area code that spans zones). Existing rows stay valid: type OTHER, zones unknown.
alter table customer_phone_numbers
    add column phone_type      text   not null default 'OTHER'
        check (phone_type in ('MOBILE', 'HOME', 'WORK', 'OTHER')),
    add column area_code_zones text[] not null default '{}'
        check (array_to_string(area_code_zones, ',') ~ '^([A-Za-z]+(/[A-Za-z0-9_+-]+){0,2}(,|$))*$');

-- V1 gave customers a one-line billing address and the IANA zone of that address (time_zone). The
-- recording-consent rule needs the address's state: parsed from addresses ending "..., ST 12345",
-- left null (state unknown) otherwise.
alter table customers
    add column address_state char(2) check (address_state ~ '^[A-Z]{2}$');
update customers
   set address_state = substring(billing_address from ', ([A-Z]{2}) [0-9]{5}(-[0-9]{4})?$');

-- Which back-office user works which account. At most one active assignment per account; ending an
-- assignment keeps its row, so "who worked this account when" stays answerable.
create table collector_assignments (
    id            bigint generated always as identity primary key,
    user_id       bigint      not null references users (id),
    account_id    bigint      not null references accounts (id),
    assigned_from timestamptz not null,
    assigned_by   text        not null,
    active        boolean     not null default true,
    ended_at      timestamptz,
    ended_by      text,
    created_at    timestamptz not null default now(),
    check (active = (ended_at is null)),
    check ((ended_at is null) = (ended_by is null)),
    check (ended_at is null or ended_at >= assigned_from)
);
create unique index collector_assignments_active_account_idx on collector_assignments (account_id) where active;
create index collector_assignments_worklist_idx on collector_assignments (user_id, account_id) where active;

-- One row per collector call (item 11), built from AMI events. The idempotency key is the collector
-- channel's Asterisk uniqueid (or the click-to-dial request's id): a replayed event lands once.
create table collector_calls (
    id                 bigint generated always as identity primary key,
    idempotency_key    text        not null unique,
    collector_user_id  bigint      not null references users (id),
    customer_id        bigint      references customers (id),
    account_id         bigint      references accounts (id),
    -- The collector's device (e.g. PJSIP/2001) and the number dialled, digits only.
    collector_endpoint text        check (collector_endpoint ~ '^[A-Za-z0-9]+/[A-Za-z0-9_.@-]+$'),
    dialled_number     text        not null check (dialled_number ~ '^[0-9]{3,20}$'),
    gate_decision      text        not null check (gate_decision in ('ALLOWED', 'DENIED')),
    -- DenialReason name: the most serious reason the gate gave; null when allowed.
    gate_reason        text        check (gate_reason ~ '^[A-Z][A-Z_]{1,39}$'),
    announced          boolean     not null default false,
    asterisk_linkedid  text,
    asterisk_uniqueid  text        unique,
    -- The generic calls row, when one is written: promises and disputes link to calls (call_id).
    call_id            text        unique references calls (call_id),
    started_at         timestamptz not null,
    answered_at        timestamptz,
    ended_at           timestamptz,
    disposition        text        check (disposition in ('CONVERSATION', 'ANSWERED_NO_CONVERSATION', 'LEFT_MESSAGE',
                           'VOICEMAIL_NO_MESSAGE', 'NO_ANSWER', 'IN_PROGRESS', 'BUSY', 'NOT_CONNECTED',
                           'SWITCH_FAILURE')),
    created_at         timestamptz not null default now(),
    check ((gate_decision = 'DENIED') = (gate_reason is not null)),
    -- A denied call never reached the trunk: nothing was answered and it has no disposition.
    check (gate_decision = 'ALLOWED' or (answered_at is null and disposition is null)),
    check (answered_at is null or answered_at >= started_at),
    check (ended_at is null or ended_at >= coalesce(answered_at, started_at))
);
create index collector_calls_collector_idx on collector_calls (collector_user_id, started_at);
create index collector_calls_account_idx on collector_calls (account_id, started_at);
create index collector_calls_linkedid_idx on collector_calls (asterisk_linkedid);

-- Every telephone call about a debt (both directions), as the call-frequency rule counts them: one
-- row per call and debt (a call about two debts is two rows). The gate's query is "calls about this
-- account since an instant", hence the index on (account_id, started_at). started_at is when the
-- call was placed (inbound: when it reached a person).
create table contact_attempts (
    id                bigint generated always as identity primary key,
    idempotency_key   text        not null unique,
    account_id        bigint      not null references accounts (id),
    direction         text        not null check (direction in ('OUTBOUND', 'INBOUND')),
    phone_number      text        not null check (phone_number ~ '^[0-9]{3,20}$'),
    -- Null for a call no back-office user made or took (e.g. an inbound call the IVR handled alone).
    collector_user_id bigint      references users (id),
    collector_call_id bigint      references collector_calls (id),
    started_at        timestamptz not null,
    answered_at       timestamptz,
    ended_at          timestamptz,
    -- CallDisposition name; null only for a call the gate denied, which was never placed.
    disposition       text        check (disposition in ('CONVERSATION', 'ANSWERED_NO_CONVERSATION', 'LEFT_MESSAGE',
                          'VOICEMAIL_NO_MESSAGE', 'NO_ANSWER', 'IN_PROGRESS', 'BUSY', 'NOT_CONNECTED',
                          'SWITCH_FAILURE')),
    -- Derived, so it can never disagree with the disposition: CONVERSATION starts the 7-day period.
    conversation      boolean     generated always as (coalesce(disposition = 'CONVERSATION', false)) stored,
    -- Outbound calls pass the gate; inbound calls have no gate decision.
    gate_decision     text        check (gate_decision in ('ALLOWED', 'DENIED')),
    gate_reason       text        check (gate_reason ~ '^[A-Z][A-Z_]{1,39}$'),
    created_at        timestamptz not null default now(),
    check ((direction = 'OUTBOUND') = (gate_decision is not null)),
    check ((gate_decision = 'DENIED') = (gate_reason is not null)),
    check ((gate_decision = 'DENIED') = (disposition is null)),
    check (answered_at is null or answered_at >= started_at),
    check (ended_at is null or ended_at >= coalesce(answered_at, started_at))
);
create index contact_attempts_account_idx on contact_attempts (account_id, started_at);
create index contact_attempts_collector_call_idx on contact_attempts (collector_call_id);

-- Flags that stop calls (FlagKind), with history: a row is never deleted, and the only change
-- allowed is clearing it once (who and when). WRONG_NUMBER is set on one number; the others on the
-- customer. At most one active flag of a kind per customer (and number).
create table customer_flags (
    id           bigint generated always as identity primary key,
    customer_id  bigint      not null references customers (id),
    kind         text        not null check (kind in ('DECEASED', 'BANKRUPTCY', 'ATTORNEY_REPRESENTED',
                     'CEASE_COMMUNICATION', 'DO_NOT_CALL', 'WRONG_NUMBER')),
    phone_number text        check (phone_number ~ '^[0-9]{3,20}$'),
    set_by       text        not null,
    set_at       timestamptz not null,
    note         text        not null default '',
    cleared_by   text,
    cleared_at   timestamptz,
    created_at   timestamptz not null default now(),
    check ((kind = 'WRONG_NUMBER') = (phone_number is not null)),
    check ((cleared_by is null) = (cleared_at is null))
);
create index customer_flags_customer_idx on customer_flags (customer_id, set_at);
create unique index customer_flags_active_idx on customer_flags (customer_id, kind, coalesce(phone_number, ''))
    where cleared_at is null;

create function customer_flags_keep_history() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' or old.cleared_at is not null
       or (new.id, new.customer_id, new.kind, new.phone_number, new.set_by, new.set_at, new.note, new.created_at)
          is distinct from
          (old.id, old.customer_id, old.kind, old.phone_number, old.set_by, old.set_at, old.note, old.created_at) then
        raise exception 'customer_flags keeps history: a flag can only be cleared, once'
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;

create trigger customer_flags_history_only
    before update or delete on customer_flags
    for each row execute function customer_flags_keep_history();

-- Times the customer said are inconvenient, in their local time: ISO days of the week (1 = Monday),
-- from (inclusive) to (exclusive; 00:00 = end of day). Withdrawing one keeps its row.
create table inconvenient_times (
    id           bigint generated always as identity primary key,
    customer_id  bigint      not null references customers (id),
    days_of_week smallint[]  not null
        check (cardinality(days_of_week) between 1 and 7 and days_of_week <@ array[1, 2, 3, 4, 5, 6, 7]::smallint[]),
    from_time    time        not null,
    until_time   time        not null,
    -- What the customer said, in the collector's words.
    note         text        not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null,
    withdrawn_by text,
    withdrawn_at timestamptz,
    check (until_time = time '00:00' or from_time < until_time),
    check ((withdrawn_by is null) = (withdrawn_at is null))
);
create index inconvenient_times_customer_idx on inconvenient_times (customer_id) where withdrawn_at is null;

-- MixMonitor's files per leg of a collector call; paths are relative to recordings.dir. Registering
-- the same leg twice lands once. transcription_status queues the leg for the transcription issue.
create table call_recordings (
    id                   bigint generated always as identity primary key,
    collector_call_id    bigint      not null references collector_calls (id),
    leg                  text        not null check (leg in ('COLLECTOR', 'CUSTOMER', 'MIX')),
    file_path            text        not null check (file_path !~ '^/' and file_path !~ '(^|/)\.\.(/|$)'),
    started_at           timestamptz not null,
    ended_at             timestamptz,
    size_bytes           bigint      check (size_bytes >= 0),
    transcription_status text        not null default 'PENDING'
        check (transcription_status in ('PENDING', 'IN_PROGRESS', 'DONE', 'FAILED', 'NOT_WANTED')),
    created_at           timestamptz not null default now(),
    unique (collector_call_id, leg),
    check (ended_at is null or ended_at >= started_at)
);
create index call_recordings_transcription_idx on call_recordings (created_at, id)
    where transcription_status = 'PENDING';
