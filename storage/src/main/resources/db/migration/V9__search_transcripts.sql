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

-- What websearch_to_tsquery('english', q) is matched against: the words as spoken and their normal
-- form ("two hundred dollars" is also found by 200).
alter table transcript_segments
    add column search_vector tsvector generated always as (to_tsvector('english', text || ' ' || normalized)) stored;

-- The search index of the segments: one narrow row per segment with its vector and the call facts
-- every search filters on, copied from the segment and its call by the triggers below. A search reads
-- only this table, and the wide segment rows (text, the words with their times) only for the page it
-- shows. Measured at a million segments (README "Transcript search and playback"): a segment row is
-- about 1 KB (the words JSON, which PostgreSQL keeps in the row below 2 KB), this row about 200
-- bytes, so a search that walks the newest rows checking each vector reads a fifth of the pages.
-- call_direction: OUTBOUND for a collector call, the self-serve call's direction (INBOUND) otherwise.
create table segment_search (
    segment_id        bigint      primary key references transcript_segments (id) on delete cascade,
    transcript_id     bigint      not null,
    speaker           text        not null,
    spoken_promise    boolean     not null,
    call_started_at   timestamptz,
    collector_user_id bigint,
    customer_id       bigint,
    account_id        bigint,
    call_direction    text,
    call_disposition  text,
    search_vector     tsvector    not null
);

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

create function transcript_segments_to_search() returns trigger
    language plpgsql as
$$
begin
    insert into segment_search (segment_id, transcript_id, speaker, spoken_promise, call_started_at,
                                collector_user_id, customer_id, account_id, call_direction, call_disposition,
                                search_vector)
    select new.id, new.transcript_id, new.speaker, new.spoken_promise, f.call_started_at, f.collector_user_id,
           f.customer_id, f.account_id, f.call_direction, f.call_disposition, new.search_vector
      from (select 1) as one
      left join transcript_call_facts f on f.transcript_id = new.transcript_id
    on conflict (segment_id) do update
       set transcript_id = excluded.transcript_id, speaker = excluded.speaker,
           spoken_promise = excluded.spoken_promise, call_started_at = excluded.call_started_at,
           collector_user_id = excluded.collector_user_id, customer_id = excluded.customer_id,
           account_id = excluded.account_id, call_direction = excluded.call_direction,
           call_disposition = excluded.call_disposition, search_vector = excluded.search_vector;
    return null;
end;
$$;

-- After the row is written: a generated column has its value only then.
create trigger transcript_segments_search
    after insert or update of transcript_id, text, normalized, speaker, spoken_promise on transcript_segments
    for each row execute function transcript_segments_to_search();

-- A call's facts may change after its segments exist (a disposition settled late, an account
-- identified): copy the change into the search rows. Touches nothing while the call has no transcript.
create function segment_search_follow_collector_call() returns trigger
    language plpgsql as
$$
begin
    update segment_search s
       set call_started_at = f.call_started_at, collector_user_id = f.collector_user_id,
           customer_id = f.customer_id, account_id = f.account_id, call_direction = f.call_direction,
           call_disposition = f.call_disposition
      from transcript_call_facts f
     where f.collector_call_id = new.id and s.transcript_id = f.transcript_id;
    return null;
end;
$$;

create function segment_search_follow_self_serve_call() returns trigger
    language plpgsql as
$$
begin
    update segment_search s
       set call_started_at = f.call_started_at, customer_id = f.customer_id, account_id = f.account_id,
           call_direction = f.call_direction
      from transcript_call_facts f
     where f.self_serve_call_id = new.call_id and s.transcript_id = f.transcript_id;
    return null;
end;
$$;

create trigger collector_calls_facts_to_search
    after update of collector_user_id, customer_id, account_id, started_at, disposition on collector_calls
    for each row
    when ((old.collector_user_id, old.customer_id, old.account_id, old.started_at, old.disposition)
          is distinct from (new.collector_user_id, new.customer_id, new.account_id, new.started_at, new.disposition))
    execute function segment_search_follow_collector_call();

create trigger calls_facts_to_search
    after update of account_id, started_at, direction on calls
    for each row
    when ((old.account_id, old.started_at, old.direction) is distinct from (new.account_id, new.started_at, new.direction))
    execute function segment_search_follow_self_serve_call();

-- The text index, and one b-tree per way searches narrow the calls, newest first. The planner takes
-- the GIN index for rare words and walks a b-tree (newest first, checking each row's vector) for
-- frequent ones; see the README for the measurements.
create index segment_search_vector_idx on segment_search using gin (search_vector);
create index segment_search_transcript_idx on segment_search (transcript_id);
create index segment_search_recent_idx on segment_search (call_started_at desc nulls last, segment_id desc);
create index segment_search_collector_idx on segment_search (collector_user_id, call_started_at desc nulls last, segment_id desc);
create index segment_search_customer_idx on segment_search (customer_id, call_started_at desc nulls last, segment_id desc);
create index segment_search_account_idx on segment_search (account_id, call_started_at desc nulls last, segment_id desc);
create index segment_search_promise_idx on segment_search (call_started_at desc nulls last, segment_id desc) where spoken_promise;
