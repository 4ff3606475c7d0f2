// The relationships benchmark's data: a running program with `pairs` pairs under way in an
// organization the demo seeder made, written with set-based SQL (one statement per table) in
// one transaction. Every pair has an agreement both accepted, two goals, six sessions (four
// held with both answers, one confirmed coming up, one proposed), three agenda items per
// session, a shared note and two personal notes per held session, ten commitments (four open,
// four done, two dropped), a fit check each and a regular check-in due now; one pair in 40
// has stalled.
import { sql } from "drizzle-orm";
import type { Db } from "../../src/db/client.ts";

export const PROGRAM_SLUG = "relationships-bench";

export async function buildRelationships(db: Db, org: string, pairs: number) {
  const mentors = Math.round(pairs * 0.75);
  return db.transaction(async (tx) => {
    const run = (query: ReturnType<typeof sql>) => tx.execute(query);
    const [program] = (
      (await run(sql`
        insert into programs (organization_id, slug, name, purpose, kind, state, duration_months,
          cadence_min_weeks, cadence_max_weeks, created_at)
        values (${org}::uuid, ${PROGRAM_SLUG}, 'Mentoring at scale (bench)', 'knowledge_transfer',
          'career', 'running', 6, 2, 4, now() - interval '100 days')
        returning id`)) as unknown as { rows: { id: string }[] }
    ).rows;
    const programId = program?.id as string;

    // Members 1..pairs are mentees; the next `mentors` people mentor them (a third of the
    // mentors have two mentees); the person after them manages the program.
    await run(sql`
      create temp table bench_people on commit drop as
      select id, row_number() over (order by employee_id, id)::int as rn from people
      where organization_id = ${org}::uuid and role = 'member' and status = 'active'`);
    await run(sql`
      create temp table bench_pairs on commit drop as
      select gen_random_uuid() as id, m.rn as k, m.id as mentee_id, t.id as mentor_id,
        date_trunc('hour', now()) - make_interval(days => 90 + m.rn % 5, hours => m.rn % 24)
          as started_at
      from bench_people m join bench_people t on t.rn = ${pairs} + 1 + (m.rn - 1) % ${mentors}
      where m.rn <= ${pairs}`);
    await run(sql`
      update people set role = 'program_manager'
      where id = (select id from bench_people where rn = ${pairs + mentors + 1})`);
    await run(sql`
      insert into program_managers (organization_id, program_id, person_id)
      select ${org}::uuid, ${programId}, id from bench_people where rn = ${pairs + mentors + 1}`);
    await run(sql`
      insert into enrollments (organization_id, program_id, person_id, as_mentee, as_mentor,
        mentor_capacity, status, submitted_at)
      select ${org}::uuid, ${programId}, p.id, p.rn <= ${pairs}, p.rn > ${pairs}, 2, 'submitted',
        now() - interval '110 days'
      from bench_people p where p.rn <= ${pairs + mentors}`);
    // The trigger on relationships writes both members into relationship_members.
    await run(sql`
      insert into relationships (id, organization_id, program_id, mentee_id, mentor_id, status,
        source, kind, agreed_at, mentee_confirmed_at, mentor_confirmed_at, started_at,
        stalled_at, created_at)
      select id, ${org}::uuid, ${programId}, mentee_id, mentor_id, 'active', 'bulk', 'pair',
        started_at + interval '2 days', started_at, started_at, started_at,
        case when k % 40 = 3 then now() - interval '3 days' end, started_at - interval '1 day'
      from bench_pairs`);
    await run(sql`
      insert into relationship_agreements (relationship_id, organization_id, confidentiality,
        mentor_responsibilities, mentee_responsibilities, ends_on, early_ending, updated_by_id,
        created_at, updated_at)
      select id, ${org}::uuid,
        'What we say stays between us, unless someone is at risk of harm.',
        'Listen first, share my own path honestly, and come prepared.',
        'Bring a topic to every session and follow through on what I commit to.',
        (started_at + interval '6 months')::date,
        'Either of us can end it early, no fault, with a short kind word.',
        mentee_id, started_at + interval '1 day', started_at + interval '1 day'
      from bench_pairs`);
    await run(sql`
      insert into relationship_goals (relationship_id, organization_id, title, measure, status,
        position, created_by_id, created_at)
      select p.id, ${org}::uuid, g.title, g.measure, g.status::relationship_goal_status, g.position,
        p.mentee_id, p.started_at + interval '1 day'
      from bench_pairs p cross join (values
        ('Lead a design review on my own', 'I run one and the team says it helped', 'in_progress', 0),
        ('Understand how we budget a project', 'I can explain our budget to a new colleague', 'not_started', 1)
      ) as g(title, measure, status, position)`);
    await run(sql`
      insert into agreement_versions (relationship_id, organization_id, version, snapshot,
        edited_by_id, created_at)
      select p.id, ${org}::uuid, 1, jsonb_build_object('cadenceWeeks', 3, 'sessionMinutes', 45,
        'channel', 'video', 'channelDetail', null, 'confidentiality', a.confidentiality,
        'mentorResponsibilities', a.mentor_responsibilities,
        'menteeResponsibilities', a.mentee_responsibilities, 'endsOn', a.ends_on,
        'earlyEnding', a.early_ending, 'goals', (select jsonb_agg(jsonb_build_object('id', g.id,
          'title', g.title, 'measure', g.measure, 'status', g.status) order by g.position)
          from relationship_goals g where g.relationship_id = p.id)),
        p.mentee_id, p.started_at + interval '1 day'
      from bench_pairs p join relationship_agreements a on a.relationship_id = p.id`);
    await run(sql`
      insert into agreement_acceptances (relationship_id, person_id, organization_id, version,
        accepted_at)
      select p.id, who, ${org}::uuid, 1, p.started_at + interval '2 days'
      from bench_pairs p cross join lateral (values (p.mentee_id), (p.mentor_id)) as m(who)`);

    // Sessions 1–4 held, 5 confirmed in a few days, 6 proposed by the mentee.
    await run(sql`
      create temp table bench_sessions on commit drop as
      select gen_random_uuid() as id, p.id as relationship_id, p.k, n, p.mentee_id, p.mentor_id,
        date_trunc('day', now()) + make_interval(hours => 9 + p.k % 8,
          days => (array[-84, -63, -42, -21, 4, 18])[n] + p.k % 5) as starts_at
      from bench_pairs p cross join generate_series(1, 6) as n`);
    await run(sql`
      insert into mentoring_sessions (id, relationship_id, organization_id, starts_at,
        duration_minutes, channel, status, proposed_by_id, confirmed_at, reminded_at, outcome,
        ics_sequence, created_at, updated_at)
      select id, relationship_id, ${org}::uuid, starts_at, 45, 'video',
        case when n = 6 then 'proposed' else 'confirmed' end::session_status,
        case when n % 2 = 0 then mentee_id else mentor_id end,
        case when n < 6 then starts_at - interval '10 days' end,
        case when n < 5 then starts_at - interval '1 day' end,
        case when n < 5 then 'held' end::session_outcome, 1,
        starts_at - interval '12 days', starts_at - interval '10 days'
      from bench_sessions`);
    await run(sql`
      insert into session_attendance (session_id, person_id, organization_id, took_place,
        answered_at)
      select s.id, who, ${org}::uuid, true, s.starts_at + interval '2 hours'
      from bench_sessions s cross join lateral (values (s.mentee_id), (s.mentor_id)) as m(who)
      where s.n < 5`);
    await run(sql`
      insert into agenda_items (session_id, relationship_id, organization_id, section, text,
        added_by_id, position, done_at, created_at)
      select s.id, s.relationship_id, ${org}::uuid, i.section::agenda_section, i.text,
        case when i.position = 1 then s.mentor_id else s.mentee_id end, i.position,
        case when s.n < 5 then s.starts_at + interval '40 minutes' end,
        s.starts_at - interval '3 days'
      from bench_sessions s cross join (values
        ('reflect', 'What went well in the last two weeks, and what I would do differently', 0),
        ('select', 'How to say no to a request from another team without burning the bridge', 1),
        ('act', 'Pick one meeting to run differently before next time', 2)
      ) as i(section, text, position)`);
    await run(sql`
      insert into session_shared_notes (session_id, relationship_id, organization_id, body,
        version, updated_by_id, updated_at)
      select id, relationship_id, ${org}::uuid, repeat('We talked about priorities, feedback and ' ||
        'the next step on the goal. Agreed to try the one-page plan. ', 4), 3, mentee_id,
        starts_at + interval '1 hour'
      from bench_sessions where n < 5`);
    await run(sql`
      insert into session_personal_notes (session_id, person_id, relationship_id,
        organization_id, body, updated_at)
      select s.id, who, s.relationship_id, ${org}::uuid,
        'Felt more confident this time. Remember to ask about the budget cycle.',
        s.starts_at + interval '2 hours'
      from bench_sessions s cross join lateral (values (s.mentee_id), (s.mentor_id)) as m(who)
      where s.n < 5`);
    // Ten commitments made in the held sessions (1–3 in session 1, 4–6 in 2, 7–9 in 3, 10 in
    // 4), owners alternating: 5, 6, 9 and 10 still open, 3 and 8 dropped, the rest done.
    await run(sql`
      insert into commitments (relationship_id, organization_id, session_id, owner_id, text,
        due_on, status, drop_reason, closed_at, created_by_id, created_at, updated_at)
      select s.relationship_id, ${org}::uuid, s.id,
        case when c % 2 = 1 then s.mentee_id else s.mentor_id end,
        'Write a one-page plan for the design review and share it before Friday',
        case c % 3 when 0 then (s.starts_at + interval '14 days')::date
          when 2 then (now() + make_interval(days => 10 + s.k % 20))::date end,
        case when c in (5, 6, 9, 10) then 'open' when c in (3, 8) then 'dropped'
          else 'done' end::commitment_status,
        case when c in (3, 8) then 'Priorities changed: the review moved to next quarter.' end,
        case when c not in (5, 6, 9, 10) then s.starts_at + interval '20 days' end,
        s.mentee_id, s.starts_at + make_interval(mins => 50 + c), s.starts_at + interval '20 days'
      from generate_series(1, 10) as c
      join bench_sessions s on s.n = least((c - 1) / 3 + 1, 4)`);
    // A fit check each after session 1 (a few said it isn't a good fit), and a regular
    // check-in due in the last few days: a tenth of the mentees answered it (a third of them
    // with a low score, which flags the pair at risk), everyone else not yet.
    await run(sql`
      insert into check_ins (relationship_id, organization_id, person_id, kind, due_at,
        answered_at, good_fit, satisfaction, usefulness, expectations, comment, at_risk)
      select s.relationship_id, ${org}::uuid, who, 'fit'::check_in_kind, s.starts_at + interval '1 day',
        s.starts_at + interval '2 days', s.k % 25 <> 0, 4, 4, 3,
        'Good start; I would like more time on concrete examples.', s.k % 25 = 0
      from bench_sessions s cross join lateral (values (s.mentee_id), (s.mentor_id)) as m(who)
      where s.n = 1
      union all
      select p.id, ${org}::uuid, who, 'regular'::check_in_kind,
        date_trunc('day', now()) - make_interval(days => 1 + p.k % 3),
        case when answered then now() - interval '12 hours' end, null,
        case when answered then 2 + p.k % 3 end, case when answered then 3 end,
        case when answered then 4 end, null, answered and p.k % 3 = 0
      from bench_pairs p
      cross join lateral (values (p.mentee_id, p.k % 10 = 0), (p.mentor_id, false)) as m(who, answered)`);

    const counts = (
      (await run(sql`
        select
          (select count(*)::int from bench_pairs) as pairs,
          (select count(*)::int from bench_sessions) as sessions,
          (select count(*)::int from commitments where organization_id = ${org}::uuid) as commitments,
          (select count(*)::int from agenda_items where organization_id = ${org}::uuid) as "agendaItems",
          (select count(*)::int from check_ins where organization_id = ${org}::uuid) as "checkIns"`)) as unknown as {
        rows: Record<string, number>[];
      }
    ).rows[0];
    return { programId, ...counts };
  });
}
