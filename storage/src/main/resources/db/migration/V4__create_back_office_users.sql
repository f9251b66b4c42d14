-- Issue 8: the back office gets real identities. Until now anyone who reached the HTTP port could
-- read every dispute and close it under any name. These tables hold the people (and machine
-- clients) allowed in, what each may do, and the server-side sessions behind the browser cookie.
-- Secrets are never stored as given: passwords as Argon2id hashes (PHC strings), session ids and
-- API tokens as SHA-256 digests (they are 256-bit random values, so a fast digest is enough).

create table users (
    id                 bigint generated always as identity primary key,
    -- Lower-case so 'Admin' and 'admin' cannot be two people; also what the audit log names.
    username           text        not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
    display_name       text        not null check (length(display_name) between 1 and 200),
    active             boolean     not null default true,
    password_hash      text        not null check (password_hash like '$argon2id$%'),
    -- A collector's phone at their desk (e.g. PJSIP/2001), for click-to-dial later.
    telephony_endpoint text        check (telephony_endpoint ~ '^[A-Za-z0-9]+/[A-Za-z0-9_.@-]+$'),
    created_at         timestamptz not null default now(),
    last_sign_in_at    timestamptz,
    -- Failed sign-ins since the last success or lock; reaching the configured limit sets locked_until.
    failed_sign_ins    integer     not null default 0 check (failed_sign_ins >= 0),
    locked_until       timestamptz
);

-- A user may hold several roles; a user with none can sign in but reach nothing but the home page.
create table user_roles (
    user_id bigint not null references users (id),
    role    text   not null check (role in ('admin', 'credit_manager', 'collector', 'auditor')),
    primary key (user_id, role)
);

-- Server-side sessions, so any node can serve any browser. The cookie holds the id; the ledger
-- holds only its SHA-256, so a copy of this table cannot be replayed as cookies.
create table sessions (
    id_hash      bytea       primary key check (length(id_hash) = 32),
    user_id      bigint      not null references users (id),
    csrf_token   text        not null,
    created_at   timestamptz not null,
    last_seen_at timestamptz not null,
    -- The absolute end (created_at + the configured lifetime); idle expiry is read from last_seen_at.
    expires_at   timestamptz not null,
    check (last_seen_at >= created_at and expires_at > created_at)
);
create index sessions_user_idx on sessions (user_id);
create index sessions_expires_idx on sessions (expires_at);

-- Tokens for machine clients (e.g. a credit bureau feed): created by an admin, shown once, stored
-- as a SHA-256 digest, revoked by stamping revoked_at (the row stays, for the audit trail).
create table api_tokens (
    id           bigint generated always as identity primary key,
    token_hash   bytea       not null unique check (length(token_hash) = 32),
    name         text        not null check (name ~ '^[A-Za-z0-9][A-Za-z0-9 ._-]{0,62}$'),
    roles        text[]      not null check (cardinality(roles) >= 1
                                 and roles <@ array['admin', 'credit_manager', 'collector', 'auditor']),
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    revoked_at   timestamptz,
    last_used_at timestamptz
);
