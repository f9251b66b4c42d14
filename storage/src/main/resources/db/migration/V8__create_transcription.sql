-- Transcription (issue 10): a durable job queue, transcripts of collector calls (both legs merged
-- into one timeline of segments labelled by speaker) and of self-serve recordings (the whole call or
-- a caller's dispute description), and the recording pauses (card capture) no segment may overlap.

-- A transcript has one source: a self-serve recording (V1 recordings) or a collector call (its
-- per-leg call_recordings, merged). V1 required recording_id; a collector call has none.
alter table transcripts alter column recording_id drop not null;
alter table transcripts add column collector_call_id bigint references collector_calls (id);
alter table transcripts add constraint transcripts_one_source
    check ((recording_id is null) <> (collector_call_id is null));
create unique index transcripts_collector_call_engine_key on transcripts (collector_call_id, engine)
    where collector_call_id is not null;

-- Segments: who spoke (COLLECTOR or CUSTOMER on a collector call; CALLER on a self-serve recording),
-- which leg's file the words came from (null for self-serve recordings), the words with their times
-- and confidence, the normal form of numbers, amounts and dates ("two hundred dollars" -> "200
-- $200"), and a spoken promise to pay when the sentence states one. start_ms/end_ms are offsets from
-- the start of the recording (MixMonitor starts every leg's file and the mix at the same moment).
alter table transcript_segments
    add column speaker text not null default 'CALLER' check (speaker in ('COLLECTOR', 'CUSTOMER', 'CALLER')),
    add column call_recording_id bigint references call_recordings (id),
    -- [{"w":"two","s":1230,"e":1410,"c":0.98}, ...]: word, start and end in ms, confidence 0..1.
    add column words jsonb not null default '[]'::jsonb check (jsonb_typeof(words) = 'array'),
    add column normalized text not null default '',
    add column spoken_promise boolean not null default false,
    add column promise_amount numeric(14, 2) check (promise_amount is null or promise_amount > 0),
    add column promise_date date,
    add constraint transcript_segments_promise_facts
        check (spoken_promise or (promise_amount is null and promise_date is null));

-- A card-capture pause of a recording. Segments overlapping [paused_at, resumed_at] are never
-- produced, even if audio leaked into the file. resumed_at null: the resume was never confirmed, so
-- the rest of the recording counts as paused. Written by the pay-by-phone flow (self-serve calls,
-- by call_id) or for a collector call (by collector_call_id).
create table recording_pauses (
    id                bigint generated always as identity primary key,
    idempotency_key   text        not null unique,
    call_id           text        references calls (call_id),
    collector_call_id bigint      references collector_calls (id),
    channel           text        not null,
    paused_at         timestamptz not null,
    resumed_at        timestamptz,
    created_at        timestamptz not null default now(),
    check ((call_id is null) <> (collector_call_id is null)),
    check (resumed_at is null or resumed_at >= paused_at)
);
create index recording_pauses_call_idx on recording_pauses (call_id) where call_id is not null;
create index recording_pauses_collector_call_idx on recording_pauses (collector_call_id)
    where collector_call_id is not null;

-- The durable job queue: one job per source (a collector call with all its legs, or one self-serve
-- recording). Workers claim with FOR UPDATE SKIP LOCKED and hold a lease; a RUNNING job whose lease
-- ran out (its worker died) is claimed again. Failures retry with back-off (not_before); after the
-- configured number of attempts the job is PARKED with its last error, visible in the back office.
create table transcription_jobs (
    id                bigint generated always as identity primary key,
    collector_call_id bigint      unique references collector_calls (id),
    recording_id      bigint      unique references recordings (id),
    status            text        not null default 'QUEUED'
        check (status in ('QUEUED', 'RUNNING', 'DONE', 'PARKED')),
    attempts          integer     not null default 0 check (attempts >= 0),
    not_before        timestamptz not null default now(),
    lease_owner       text,
    lease_until       timestamptz,
    -- Progress of the running attempt, 0..100, for the back office.
    progress_percent  smallint    not null default 0 check (progress_percent between 0 and 100),
    audio_ms          integer     check (audio_ms >= 0),
    last_error        text        check (length(last_error) <= 2000),
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    finished_at       timestamptz,
    check ((collector_call_id is null) <> (recording_id is null)),
    check (status <> 'RUNNING' or (lease_owner is not null and lease_until is not null))
);
create index transcription_jobs_ready_idx on transcription_jobs (not_before, id) where status = 'QUEUED';
create index transcription_jobs_lease_idx on transcription_jobs (lease_until) where status = 'RUNNING';
