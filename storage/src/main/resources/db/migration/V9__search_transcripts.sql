-- Issue 10 items 6 and 8: full-text search over transcript segments, filtered and scoped by who may
-- read which call, fast at a million segments (measured: README "Transcript search and playback").

-- Which customers' calls a credit manager reads (item 8: "credit managers read calls of their
-- customers"). A table, not a column on customers: a customer may be shared by a manager and their
-- deputy, and a manager's portfolio changes without touching the customer row.
create table credit_manager_customers (
    user_id     bigint      not null references users (id),
    customer_id bigint      not null references customers (id),
    assigned_by text        not null,
    assigned_at timestamptz not null default now(),
    primary key (user_id, customer_id)
);
create index credit_manager_customers_customer_idx on credit_manager_customers (customer_id);

-- The call facts every search filters on, copied onto each segment when it is written (trigger
-- below), so a filtered search reads one table through one index instead of joining four per hit.
-- They follow the call: the triggers further down copy later changes of a call onto its segments.
-- call_direction: OUTBOUND for a collector call, the self-serve call's direction (INBOUND) otherwise.
alter table transcript_segments
    add column call_started_at   timestamptz,
    add column collector_user_id bigint,
    add column customer_id       bigint,
    add column account_id        bigint,
    add column call_direction    text check (call_direction in ('INBOUND', 'OUTBOUND')),
    add column call_disposition  text,
    -- What websearch_to_tsquery('english', q) is matched against: the words as spoken and their
    -- normal form ("two hundred dollars" is also found by 200).
    add column search_vector     tsvector
        generated always as (to_tsvector('english', text || ' ' || normalized)) stored;

-- Searches that walk the newest segments check each one's vector on its heap row: keep those rows
-- narrow. The words with their times (a few hundred bytes of JSON, read only when a whole transcript
-- is shown) leave the row for TOAST above 512 bytes; the vector stays in the row. Measured at a
-- million segments: heap rows a third of the size, a third of the pages read per search.
alter table transcript_segments set (toast_tuple_target = 512);
alter table transcript_segments alter column search_vector set storage main;

-- One transcript's call facts, from its source: a collector call, or a self-serve recording's call.
create view transcript_call_facts as
select t.id                                                        as transcript_id,
       t.collector_call_id,
       t.recording_id,
       r.call_id                                                   as self_serve_call_id,
       coalesce(cc.started_at, c.started_at)                       as call_started_at,
       cc.collector_user_id,
       coalesce(cc.customer_id, a.customer_id)                     as customer_id,
       coalesce(cc.account_id, c.account_id)                       as account_id,
       case when t.collector_call_id is not null then 'OUTBOUND' else upper(c.direction) end as call_direction,
       cc.disposition                                              as call_disposition
  from transcripts t
  left join collector_calls cc on cc.id = t.collector_call_id
  left join recordings r on r.id = t.recording_id
  left join calls c on c.call_id = r.call_id
  left join accounts a on a.id = c.account_id;

create function transcript_segments_copy_call_facts() returns trigger
    language plpgsql as
$$
begin
    select f.call_started_at, f.collector_user_id, f.customer_id, f.account_id, f.call_direction,
           f.call_disposition
      into new.call_started_at, new.collector_user_id, new.customer_id, new.account_id, new.call_direction,
           new.call_disposition
      from transcript_call_facts f
     where f.transcript_id = new.transcript_id;
    return new;
end;
$$;

create trigger transcript_segments_call_facts
    before insert or update of transcript_id on transcript_segments
    for each row execute function transcript_segments_copy_call_facts();

-- A call's facts may change after its segments exist (a disposition settled late, an account
-- identified): copy the change onto the segments. Touches nothing while the call has no transcript.
create function transcript_segments_follow_call() returns trigger
    language plpgsql as
$$
begin
    update transcript_segments s
       set call_started_at = f.call_started_at, collector_user_id = f.collector_user_id,
           customer_id = f.customer_id, account_id = f.account_id, call_direction = f.call_direction,
           call_disposition = f.call_disposition
      from transcript_call_facts f
     where s.transcript_id = f.transcript_id
       and (  (tg_table_name = 'collector_calls' and f.collector_call_id = new.id)
           or (tg_table_name = 'calls' and f.self_serve_call_id = new.call_id));
    return null;
end;
$$;

create trigger collector_calls_facts_to_segments
    after update of collector_user_id, customer_id, account_id, started_at, disposition on collector_calls
    for each row
    when ((old.collector_user_id, old.customer_id, old.account_id, old.started_at, old.disposition)
          is distinct from (new.collector_user_id, new.customer_id, new.account_id, new.started_at, new.disposition))
    execute function transcript_segments_follow_call();

create trigger calls_facts_to_segments
    after update of account_id, started_at, direction on calls
    for each row
    when ((old.account_id, old.started_at, old.direction) is distinct from (new.account_id, new.started_at, new.direction))
    execute function transcript_segments_follow_call();

-- The text index, and one b-tree per way searches narrow the calls, newest first. The planner picks
-- the GIN index for rare words and a b-tree walk (newest first, checking each row's vector) for
-- frequent ones; see the README for the measurements behind each index.
create index transcript_segments_search_idx on transcript_segments using gin (search_vector);
create index transcript_segments_recent_idx on transcript_segments (call_started_at desc nulls last, id desc);
create index transcript_segments_collector_idx on transcript_segments (collector_user_id, call_started_at desc nulls last, id desc);
create index transcript_segments_customer_idx on transcript_segments (customer_id, call_started_at desc nulls last, id desc);
create index transcript_segments_account_idx on transcript_segments (account_id, call_started_at desc nulls last, id desc);
create index transcript_segments_promise_idx on transcript_segments (call_started_at desc nulls last, id desc) where spoken_promise;
