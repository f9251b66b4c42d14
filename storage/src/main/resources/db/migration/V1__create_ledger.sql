-- The ledger: customers, their accounts and invoices, what calls do to them (payments, promises,
-- disputes, recordings, alerts) and the append-only audit log.
--
-- Conventions: money is numeric(14,2) next to an ISO 4217 currency code; instants are timestamptz;
-- every row a call writes carries an idempotency key so a retried write lands once. Card data is
-- never stored: payments keep only the gateway's token, the brand, the last four digits and the
-- expiry month/year, and text columns that a gateway fills refuse a run of 13 or more digits (a card number).

create table customers (
    id              bigint generated always as identity primary key,
    name            text        not null check (length(trim(name)) > 0),
    billing_address text        not null,
    -- IANA zone id (e.g. America/Chicago); Java's ZoneId is the final judge when reading.
    time_zone       text        not null check (time_zone ~ '^[A-Za-z]+(/[A-Za-z0-9_+-]+){0,2}$'),
    language        text        not null default 'en' check (language ~ '^[a-z]{2,3}(-[A-Z]{2})?$'),
    created_at      timestamptz not null default now()
);

create table customer_phone_numbers (
    id           bigint generated always as identity primary key,
    customer_id  bigint      not null references customers (id) on delete cascade,
    -- Digits only, as a caller ID arrives from Asterisk; formatting is stripped before storing.
    phone_number text        not null check (phone_number ~ '^[0-9]{3,20}$'),
    created_at   timestamptz not null default now(),
    unique (customer_id, phone_number)
);
create index customer_phone_numbers_phone_idx on customer_phone_numbers (phone_number);

create table accounts (
    id                  bigint generated always as identity primary key,
    customer_id         bigint      not null references customers (id),
    account_number      text        not null unique check (account_number ~ '^[0-9]{4,20}$'),
    currency            char(3)     not null check (currency ~ '^[A-Z]{3}$'),
    -- bcrypt hash of the PIN; the PIN itself is never stored.
    pin_hash            text        not null,
    failed_pin_attempts integer     not null default 0 check (failed_pin_attempts >= 0),
    locked_at           timestamptz,
    created_at          timestamptz not null default now()
);
create index accounts_customer_idx on accounts (customer_id);

create table invoices (
    id             bigint generated always as identity primary key,
    account_id     bigint        not null references accounts (id),
    -- Digits only: the IVR reads invoice numbers back digit by digit.
    invoice_number text          not null unique check (invoice_number ~ '^[0-9]{1,20}$'),
    currency       char(3)       not null check (currency ~ '^[A-Z]{3}$'),
    amount         numeric(14,2) not null check (amount > 0),
    open_balance   numeric(14,2) not null,
    issued_on      date          not null,
    due_on         date          not null,
    status         text          not null default 'OPEN'
        check (status in ('OPEN', 'PARTIALLY_PAID', 'PAID', 'DISPUTED', 'WRITTEN_OFF')),
    created_at     timestamptz   not null default now(),
    check (open_balance between 0 and amount),
    check (due_on >= issued_on),
    check (status <> 'PAID' or open_balance = 0),
    check (status <> 'PARTIALLY_PAID' or (open_balance > 0 and open_balance < amount))
);
create index invoices_open_by_due_idx on invoices (account_id, due_on) where open_balance > 0;

create table calls (
    -- Asterisk's unique id (agi_uniqueid): the natural idempotency key of a call.
    call_id    text        primary key,
    direction  text        not null check (direction in ('inbound', 'outbound')),
    channel    text,
    caller_id  text,
    flow       text        not null,
    account_id bigint      references accounts (id),
    started_at timestamptz not null,
    ended_at   timestamptz,
    outcome    text,
    created_at timestamptz not null default now(),
    check (ended_at is null or ended_at >= started_at)
);
create index calls_account_idx on calls (account_id, started_at);
create index calls_started_idx on calls (started_at);

create table payments (
    id                  bigint generated always as identity primary key,
    idempotency_key     text          not null unique,
    account_id          bigint        not null references accounts (id),
    call_id             text          references calls (call_id),
    amount              numeric(14,2) not null check (amount > 0),
    currency            char(3)       not null check (currency ~ '^[A-Z]{3}$'),
    status              text          not null
        check (status in ('PENDING', 'AUTHORIZED', 'CAPTURED', 'DECLINED', 'FAILED', 'REFUNDED')),
    confirmation_number text          unique check (confirmation_number ~ '^[0-9A-Z]{4,20}$'),
    -- What the gateway gave back instead of the card. No column can hold a card number or CVV.
    gateway_token       text          check (gateway_token !~ '[0-9]{13,}'),
    card_brand          text          check (card_brand ~ '^[A-Z_]{2,20}$'),
    card_last4          char(4)       check (card_last4 ~ '^[0-9]{4}$'),
    card_expiry_month   smallint      check (card_expiry_month between 1 and 12),
    card_expiry_year    smallint      check (card_expiry_year between 2000 and 2199),
    decline_reason      text          check (decline_reason !~ '[0-9]{13,}'),
    paid_at             timestamptz,
    created_at          timestamptz   not null default now()
);
create index payments_account_idx on payments (account_id, created_at);

create table payment_allocations (
    payment_id bigint        not null references payments (id),
    invoice_id bigint        not null references invoices (id),
    amount     numeric(14,2) not null check (amount > 0),
    created_at timestamptz   not null default now(),
    primary key (payment_id, invoice_id)
);
create index payment_allocations_invoice_idx on payment_allocations (invoice_id);

create table promises_to_pay (
    id               bigint generated always as identity primary key,
    idempotency_key  text          not null unique,
    reference_number text          not null unique check (reference_number ~ '^[0-9A-Z]{4,20}$'),
    account_id       bigint        not null references accounts (id),
    call_id          text          references calls (call_id),
    amount           numeric(14,2) not null check (amount > 0),
    currency         char(3)       not null check (currency ~ '^[A-Z]{3}$'),
    promised_for     date          not null,
    status           text          not null default 'PENDING'
        check (status in ('PENDING', 'KEPT', 'BROKEN', 'CANCELLED')),
    resolved_at      timestamptz,
    created_at       timestamptz   not null default now()
);
create index promises_to_pay_due_idx on promises_to_pay (promised_for) where status = 'PENDING';
create index promises_to_pay_account_idx on promises_to_pay (account_id);

create table promise_invoices (
    promise_id bigint not null references promises_to_pay (id),
    invoice_id bigint not null references invoices (id),
    primary key (promise_id, invoice_id)
);
create index promise_invoices_invoice_idx on promise_invoices (invoice_id);

create table recordings (
    id              bigint generated always as identity primary key,
    idempotency_key text        not null unique,
    call_id         text        not null references calls (call_id),
    -- CALL: the whole call (MixMonitor); DISPUTE_DESCRIPTION: the caller's own words (AGI RECORD FILE).
    kind            text        not null check (kind in ('CALL', 'DISPUTE_DESCRIPTION')),
    file_path       text        not null,
    format          text        not null default 'wav',
    started_at      timestamptz not null,
    ended_at        timestamptz,
    duration_ms     integer     check (duration_ms >= 0),
    created_at      timestamptz not null default now(),
    check (ended_at is null or ended_at >= started_at)
);
create index recordings_call_idx on recordings (call_id);

create table transcripts (
    id           bigint generated always as identity primary key,
    recording_id bigint      not null references recordings (id),
    engine       text        not null,
    language     text        not null,
    full_text    text        not null,
    created_at   timestamptz not null default now(),
    unique (recording_id, engine)
);

create table transcript_segments (
    id            bigint generated always as identity primary key,
    transcript_id bigint       not null references transcripts (id) on delete cascade,
    seq           integer      not null check (seq >= 0),
    start_ms      integer      not null check (start_ms >= 0),
    end_ms        integer      not null,
    text          text         not null,
    confidence    numeric(4,3) check (confidence between 0 and 1),
    unique (transcript_id, seq),
    check (end_ms >= start_ms)
);

create table dispute_reasons (
    code        text    primary key check (code ~ '^[A-Z][A-Z_]{1,39}$'),
    description text    not null,
    active      boolean not null default true,
    sort_order  integer not null default 0
);

insert into dispute_reasons (code, description, sort_order) values
    ('PRICING_ERROR',     'Pricing error',     1),
    ('GOODS_DAMAGED',     'Goods damaged',     2),
    ('NOT_RECEIVED',      'Not received',      3),
    ('DUPLICATE_BILLING', 'Duplicate billing', 4),
    ('QUANTITY_MISMATCH', 'Quantity mismatch', 5),
    ('OTHER',             'Other',             6);

create table disputes (
    id                       bigint generated always as identity primary key,
    idempotency_key          text        not null unique,
    reference_number         text        not null unique check (reference_number ~ '^[0-9A-Z]{4,20}$'),
    invoice_id               bigint      not null references invoices (id),
    account_id               bigint      not null references accounts (id),
    call_id                  text        references calls (call_id),
    reason_code              text        not null references dispute_reasons (code),
    description              text,
    description_recording_id bigint      references recordings (id),
    status                   text        not null default 'OPEN'
        check (status in ('OPEN', 'ESCALATED', 'RESOLVED', 'REJECTED')),
    escalated_at             timestamptz,
    resolved_at              timestamptz,
    resolution_note          text,
    created_at               timestamptz not null default now()
);
create index disputes_invoice_idx on disputes (invoice_id);
create index disputes_account_idx on disputes (account_id, created_at);
create index disputes_reason_idx on disputes (reason_code, created_at);

create table credit_scores (
    id          bigint generated always as identity primary key,
    customer_id bigint      not null references customers (id),
    score       integer     not null check (score between 0 and 1000),
    band        text        not null check (band ~ '^[A-Z_]{1,20}$'),
    model       text        not null,
    factors     text,
    computed_at timestamptz not null,
    created_at  timestamptz not null default now()
);
create index credit_scores_customer_idx on credit_scores (customer_id, computed_at);

create table alerts (
    id              bigint generated always as identity primary key,
    idempotency_key text        not null unique,
    kind            text        not null,
    severity        text        not null check (severity in ('INFO', 'WARNING', 'CRITICAL')),
    subject_type    text,
    subject_id      text,
    message         text        not null,
    acknowledged_at timestamptz,
    created_at      timestamptz not null default now()
);
create index alerts_unacknowledged_idx on alerts (created_at) where acknowledged_at is null;

-- Append-only: no foreign keys (an audit line must never be refused because of what it points at)
-- and a trigger that refuses UPDATE, DELETE and TRUNCATE.
create table audit_log (
    id           bigint generated always as identity primary key,
    at           timestamptz not null default now(),
    actor        text        not null,
    action       text        not null,
    subject_type text        not null,
    subject_id   text        not null,
    call_id      text,
    detail       text
);
create index audit_log_subject_idx on audit_log (subject_type, subject_id, id);

create function audit_log_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_log is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_no_update_or_delete
    before update or delete on audit_log
    for each row execute function audit_log_is_append_only();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_is_append_only();
