-- The floor of enqueueing a job (tests/bench/jobs.ts): the same transaction shape as the
-- enqueue (begin, one row of a job's width into a table with a primary key only, commit).
begin;
insert into bench_job_floor (id, name, data) values (gen_random_uuid(), 'bench-noop', '{"n": 1}');
commit;
