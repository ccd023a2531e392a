# The sqlite3-shell baselines of scripts/benchmark/run: for each command, the SQL it needs,
# written to $sql_dir/NAME.sql for `sqlite3 DB < NAME.sql`. Sourced by run, which sets
# $sql_dir, $exercise_id and $muscle.

monday="date('now', '-6 days', 'weekday 1')"
first_of_month="date('now', 'start of month')"
# A time as logged_set.performed_ms holds it (milliseconds since 1970), which the commands range
# and order on: the expression of migration 0014.
stored_ms() { echo "CAST(round((julianday($1) - 2440587.5) * 86400000.0) AS INTEGER)"; }

# record and undo: one insert, then deleting the newest set.
cat > "$sql_dir/record.sql" <<SQL
INSERT INTO logged_set (session_id, exercise_id, performed_at, set_number, reps, weight_kg, weight_unit, bodyweight, kind, created_at)
  VALUES (1, $exercise_id, strftime('%Y-%m-%d %H:%M:%f', 'now'), 99, 5, 100, 'kg', 0, 'working', strftime('%Y-%m-%d %H:%M:%f', 'now'));
SQL
cat > "$sql_dir/undo.sql" <<SQL
DELETE FROM logged_set WHERE id = (SELECT MAX(id) FROM logged_set);
SQL

# history EXERCISE --last 20: the exercise's 20 newest sessions, their sets of it.
cat > "$sql_dir/history-exercise.sql" <<SQL
SELECT s.*, e.slug, e.name FROM logged_set s JOIN exercise e ON e.id = s.exercise_id
  WHERE s.exercise_id = $exercise_id AND s.session_id IN (SELECT session_id FROM (SELECT s.session_id, MAX(s.performed_ms) AS latest
  FROM logged_set s WHERE s.exercise_id = $exercise_id GROUP BY s.session_id ORDER BY latest DESC LIMIT 20))
  ORDER BY s.performed_ms DESC, s.session_id DESC, s.exercise_id, s.set_number DESC, s.id DESC;
SQL

# history --last 10: every set of the 10 newest sessions.
cat > "$sql_dir/history-all.sql" <<SQL
SELECT s.*, e.slug, e.name FROM logged_set s JOIN exercise e ON e.id = s.exercise_id
  WHERE s.session_id IN (SELECT id FROM workout_session ORDER BY started_at DESC LIMIT 10)
  ORDER BY s.performed_ms DESC, s.session_id DESC, s.exercise_id, s.set_number DESC, s.id DESC;
SQL

# sessions --last 10: the 10 newest sessions with their counts and volume.
cat > "$sql_dir/sessions.sql" <<SQL
SELECT w.id, w.started_at, w.finished_at, COUNT(*), COUNT(DISTINCT s.exercise_id), SUM(s.reps * s.weight_kg)
  FROM (SELECT * FROM workout_session ORDER BY started_at DESC LIMIT 10) w JOIN logged_set s ON s.session_id = w.id
  GROUP BY w.id ORDER BY w.started_at DESC;
SQL

# summary: the period's days, sessions, sets and volume, sets per primary muscle, and the
# training days newest first for the streaks.
for period in week month; do
    if [ "$period" = week ]; then start=$monday; else start=$first_of_month; fi
    cat > "$sql_dir/summary-$period.sql" <<SQL
SELECT COUNT(DISTINCT date(performed_at)), COUNT(DISTINCT session_id), COUNT(*), SUM(reps * weight_kg)
  FROM logged_set WHERE performed_ms >= $(stored_ms "$start") AND kind <> 'warmup';
SELECT m.muscle, COUNT(*) FROM logged_set s JOIN exercise_muscle m ON m.exercise_id = s.exercise_id AND m.role = 'primary'
  WHERE s.performed_ms >= $(stored_ms "$start") AND s.kind <> 'warmup' GROUP BY m.muscle;
SELECT DISTINCT date(started_at) FROM workout_session ORDER BY started_at DESC LIMIT 400;
SQL
done

# prs: per exercise, the heaviest set at each rep count and the best estimated 1RM.
prs_query() {
    cat <<SQL
SELECT exercise_id, reps, MAX(weight_kg) FROM logged_set WHERE kind <> 'warmup' AND reps IS NOT NULL $1 GROUP BY exercise_id, reps;
SELECT exercise_id, MAX(weight_kg * (1 + reps / 30.0)) FROM logged_set WHERE kind <> 'warmup' AND reps IS NOT NULL $1 GROUP BY exercise_id;
SQL
}
prs_query "" > "$sql_dir/prs.sql"
prs_query "AND exercise_id IN (SELECT exercise_id FROM exercise_muscle WHERE muscle = '$muscle' COLLATE NOCASE)" > "$sql_dir/prs-muscle.sql"

# stats EXERCISE: its totals and best estimate.
cat > "$sql_dir/stats.sql" <<SQL
SELECT COUNT(DISTINCT session_id), COUNT(*), SUM(reps), SUM(reps * weight_kg), MAX(weight_kg * (1 + reps / 30.0))
  FROM logged_set WHERE exercise_id = $exercise_id AND kind <> 'warmup';
SQL

# export history: every set, oldest first, as CSV, JSON, and Strong's columns.
export_columns="s.id, s.session_id, s.performed_at, e.slug, e.name, s.set_number, s.reps, s.weight_kg, s.weight_unit,
  s.bodyweight, s.duration_s, s.distance_m, s.rpe, s.rir, s.kind, s.note"
export_from="FROM logged_set s JOIN exercise e ON e.id = s.exercise_id ORDER BY s.performed_ms, s.session_id, s.id"
printf '.headers on\n.mode csv\nSELECT %s %s;\n' "$export_columns" "$export_from" > "$sql_dir/export-csv.sql"
printf '.mode json\nSELECT %s %s;\n' "$export_columns" "$export_from" > "$sql_dir/export-json.sql"
cat > "$sql_dir/export-strong.sql" <<SQL
.headers on
.mode csv
SELECT w.started_at AS "Date", COALESCE(w.name, 'Workout') AS "Workout Name",
  CAST((julianday(w.finished_at) - julianday(w.started_at)) * 1440 AS INTEGER) || 'm' AS "Duration",
  e.name AS "Exercise Name", CASE s.kind WHEN 'warmup' THEN 'W' ELSE s.set_number END AS "Set Order",
  s.weight_kg AS "Weight", s.reps AS "Reps", COALESCE(s.distance_m, 0) AS "Distance", COALESCE(s.duration_s, 0) AS "Seconds",
  s.note AS "Notes", w.note AS "Workout Notes", s.rpe AS "RPE"
  FROM logged_set s JOIN exercise e ON e.id = s.exercise_id JOIN workout_session w ON w.id = s.session_id
  ORDER BY s.performed_ms, s.id;
SQL

# report: as wlog reads it, per exercise over a range of the time index at a time (26 weeks at a
# time before the charts' 52 weeks, then each week): sessions, sets, warm-ups, reps, volume,
# time, distance, the best Epley estimate and the other bests, the first and last set. The
# shell writes one statement per range into report-ranges.sql and runs them; then the session
# starts (day counts and streaks) and the calendar's sets per day. (The records, a few seeks of
# the record indexes per exercise, are left out.)
cat > "$sql_dir/report.sql" <<SQL
.headers off
.mode list
.once $sql_dir/report-ranges.sql
WITH RECURSIVE bound(start) AS (
    SELECT date((SELECT performed_at FROM logged_set ORDER BY performed_ms LIMIT 1), '-6 days', 'weekday 1')
  UNION ALL
    SELECT date(start, CASE WHEN date(start, '+182 days') <= date('now', '-6 days', 'weekday 1', '-357 days')
                            THEN '+182 days' ELSE '+7 days' END)
    FROM bound WHERE start <= date('now')
), ranges AS (SELECT start, LEAD(start) OVER (ORDER BY start) AS finish FROM bound)
SELECT 'SELECT exercise_id, COUNT(DISTINCT session_id), SUM(kind <> ''warmup''), SUM(kind = ''warmup''),'
    || ' SUM(CASE WHEN kind <> ''warmup'' THEN reps END),'
    || ' SUM(CASE WHEN kind <> ''warmup'' AND bodyweight = 0 AND weight_kg > 0 THEN reps * weight_kg END),'
    || ' SUM(CASE WHEN kind <> ''warmup'' THEN duration_s END), SUM(CASE WHEN kind <> ''warmup'' THEN distance_m END),'
    || ' MAX(CASE WHEN kind <> ''warmup'' AND bodyweight = 0 AND weight_kg > 0 AND reps BETWEEN 1 AND 12'
    || ' THEN (CASE WHEN reps = 1 THEN weight_kg ELSE weight_kg * (1 + reps / 30.0) END) END),'
    || ' MAX(CASE WHEN kind <> ''warmup'' AND NOT (bodyweight = 0 AND weight_kg > 0) THEN reps END),'
    || ' MAX(CASE WHEN kind <> ''warmup'' AND reps IS NULL AND distance_m IS NULL THEN duration_s END),'
    || ' MAX(CASE WHEN kind <> ''warmup'' THEN distance_m END), MIN(performed_at), MAX(performed_at)'
    || ' FROM logged_set INDEXED BY logged_set_by_time WHERE performed_ms >= ' || $(stored_ms start)
    || ' AND performed_ms < ' || $(stored_ms finish) || ' GROUP BY exercise_id;'
  FROM ranges WHERE finish IS NOT NULL;
.read $sql_dir/report-ranges.sql
SELECT w.started_at FROM workout_session w
  WHERE EXISTS (SELECT 1 FROM logged_set s WHERE s.session_id = w.id) ORDER BY w.started_at;
SELECT w.started_at, (SELECT COUNT(*) FROM logged_set s WHERE s.session_id = w.id)
  FROM workout_session w WHERE w.started_at >= date('now', '-371 days');
SQL

# search brace trunk: the same full-text query.
cat > "$sql_dir/search.sql" <<SQL
SELECT e.slug, snippet(exercise_search, 2, '[', ']', '…', 12), bm25(exercise_search, 10.0, 5.0, 1.0) AS rank
  FROM exercise_search JOIN exercise e ON e.id = exercise_search.rowid WHERE exercise_search MATCH '"brace" "trunk"*' ORDER BY rank LIMIT 20;
SQL
