-- What issue 4's call writes need beyond V1: one sequence behind every reference a caller hears,
-- the gateway's authorization code on payments, what a dispute must remember to undo its flag on
-- the invoice, and who an alert is about. V1's guards against card numbers stay as they are.

-- Confirmation numbers of payments and reference numbers of promises and disputes are all drawn
-- from this one sequence (scrambled in Java, see ReferenceNumbers), so a reference is unique across
-- the three tables and the back office can tell what it points at.
create sequence reference_number_seq as bigint start with 1 no cycle;

alter table payments
    add column authorization_code text check (authorization_code !~ '[0-9]{13,}');

-- Paid invoices are found through their allocations; the kept/broken job sums payments per account
-- over a time window.
create index payments_account_paid_idx on payments (account_id, paid_at) where status = 'CAPTURED';

alter table disputes
    -- The invoice's status before it was flagged DISPUTED, so resolving the dispute can restore it.
    add column prior_invoice_status text
        check (prior_invoice_status in ('OPEN', 'PARTIALLY_PAID', 'PAID', 'WRITTEN_OFF')),
    -- The invoice's open balance when the dispute was opened: the amount in dispute.
    add column disputed_amount      numeric(14,2) check (disputed_amount >= 0),
    add column escalation_reason    text,
    add column updated_at           timestamptz not null default now();
create index disputes_status_idx on disputes (status, created_at);
create index disputes_created_idx on disputes (created_at, id);

alter table alerts
    add column customer_id bigint references customers (id),
    add column account_id  bigint references accounts (id),
    add column subject     text;
create index alerts_customer_idx on alerts (customer_id);
