#!/usr/bin/env bash
# The project's benchmark (figures, not a test). On the whole cs.CL corpus it runs:
#   1. the checker in one JVM, cold and warm, with files, MB/s, entries/s and peak heap;
#   2. the whole `mvn digest:check` process, timed from outside (needs the plugin installed:
#      the README's first command does that);
#   3. markdownlint-cli2 with only MD056 (table column count) on the same files, and the ratio;
#   4. the report of the whole corpus: cold, warm, with no input changed, after one digest changed
#      (heap limited to 512 MB), and its search in headless Chromium;
#   5. the whole `mvn digest:report` process (no pom, plugin defaults, MAVEN_OPTS=-Xmx256m): a
#      first run into an empty output folder and an empty working store, with its wall time, the
#      peak resident size of the largest process (GNU time's -v) and peak heap (from GC logs of
#      every JVM of the run), then a run with nothing changed, and pandoc (if installed) turning the
#      same Markdown files into HTML in one process, with the ratio;
# and ends with a table of the figures against issue 11's targets.
# `growth` runs only the growth benchmark instead (no corpus needed): check and report of one
# digest with 1,000/10,000/100,000 pipes in a cell or rows without definitions, and 10 KB/100 KB/
# 1 MB of links or entities in one field, with the ratio of the two largest sizes' times.
# `report-scale [K...]` (K defaults to 1 3 6; needs the plugin installed) runs step 5 on cs.CL, then
# for each K the whole `mvn digest:report` process on K shifted copies of the corpus
# (`tools/scale-corpus.py` of the shared data, written once into target/scale-K/ and kept there),
# with MAVEN_OPTS=-Xmx512m: a first run into an empty output and store (wall time, peak RSS, peak
# heap, the report's time per phase, or how it failed), a run with nothing changed (the process
# and the goal), and a run after one entry's Chinese summary was changed in one digest (restored
# afterwards, even when the benchmark is stopped); then Maven's own start (`digest:help`), the
# linearity figure (t_Kmax - start) / (t_Kmin - start), and the table against the targets.
# `related [K]` runs only the related-papers benchmark (RelatedBenchmark, -Xmx512m): on cs.CL and on
# K shifted copies (default 6, written once into target/scale-K/), the related-papers time of a
# first run and of runs after one digest was edited, beside the report's, how many lists changed,
# and on cs.CL the quality (a related paper of the paper's primary category, against chance) and
# the lists of 20 papers picked with a fixed seed.
# A failed run prints its last log lines and the benchmark goes on; every log stays in
# target/bench-logs/. DIGEST_SCALE_TAR=some.tar.xz makes the copies from another corpus archive
# (into target/scale-K-NAME/), for trying the mode on something small.
# Usage: src/bench/benchmark.sh [--no-markdownlint | growth [pipes|rows|links|entities]... | report-scale [K...] | related [K]]
#   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
shared=${DIGEST_SHARED:-$(cd .. && pwd)/shared}
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
group=$(sed -n 's:^  <groupId>\(.*\)</groupId>:\1:p' pom.xml | head -1)
plugin="$group:digest-maven-plugin:$version"
logs=target/bench-logs
corpus=target/corpus/cs.CL
markdownlint=yes
mode=all
case "${1:-}" in
  "") ;;
  --no-markdownlint) markdownlint=no ;;
  growth) mode=growth; shift ;;
  report-scale) mode=report-scale; shift ;;
  related) mode=related; shift ;;
  *) sed -n 's/^# Usage: /usage: /p' "$0" >&2; exit 2 ;;
esac

unpack_corpus() {
  if [ ! -f target/corpus/.unpacked ]; then
    mkdir -p target/corpus
    tar xJf "$shared/corpus/cs.CL.tar.xz" -C target/corpus
    touch target/corpus/.unpacked
  fi
}

# The report runs' output folders are deleted when the benchmark ends, not between runs: on an ext4
# without a journal (this machine's) the kernel skips recently freed inodes when it makes new files,
# and after some 100,000 files were deleted a run's file creation took several times as long.
discarded=()
discard() { discarded+=("$1"); }
delete_discarded() { [ ${#discarded[@]} -eq 0 ] || rm -rf "${discarded[@]}"; discarded=(); }
trap delete_discarded EXIT

summary() { echo "$1" | tr ' ' '\n' | grep . | sort -n | awk '{t[NR]=$1} END {printf "best %.2f s, median %.2f s", t[1], t[int((NR+1)/2)]}'; }
seconds() { awk -v ms="$1" 'BEGIN {printf "%.2f", ms / 1000}'; } # milliseconds as seconds
in_s() { if [ -n "$1" ]; then printf '%.2f s' "$1"; else echo "no figure (failed)"; fi; }
median() { echo "$1" | tr ' ' '\n' | grep . | sort -n | awk '{t[NR]=$1} END {printf "%.2f", t[int((NR+1)/2)]}'; }

# The table against the targets, one row per figure: what is asked, what was measured, verdict.
rows=()
row() { rows+=("$1|$2|$3"); }
at_most() { # FIGURE LIMIT: the verdict of a figure that must not exceed LIMIT
  if [ -z "$1" ]; then echo "not met (no figure)"
  elif [ "$(echo "$1 <= $2" | bc -l)" = 1 ]; then echo met
  else echo "not met"; fi
}
print_table() {
  echo "== targets (issue 11): whole mvn digest:report processes on this machine"
  printf '%-58s | %-34s | %s\n' target measured verdict
  printf '%-58s-+-%-34s-+-%s\n' "$(printf '%058d' 0 | tr 0 -)" "$(printf '%034d' 0 | tr 0 -)" -------
  local r
  for r in "${rows[@]}"; do
    IFS='|' read -r target measured verdict <<<"$r"
    printf '%-58s | %-34s | %s\n' "$target" "$measured" "$verdict"
  done
}

# The largest peak heap among the JVMs whose GC logs are in $1, as "PEAK AFTER JVMS" in MB:
# PEAK is the most the heap held (the largest figure before a collection, or at exit), AFTER
# the most it still held after a collection (an upper bound of its live data).
heap_figures() {
  local log jvms
  jvms=$(find "$1" -name '*.log' 2>/dev/null | wc -l)
  for log in "$1"/*.log; do
    [ -f "$log" ] || continue
    awk '
      match($0, /[0-9]+M->[0-9]+M\(/) {
        split(substr($0, RSTART, RLENGTH), m, /M->|M\(/)
        if (m[1] + 0 > peak) peak = m[1] + 0
        if (m[2] + 0 > after) after = m[2] + 0
      }
      /gc,heap,exit/ && match($0, /total [0-9]+K, used [0-9]+K/) {
        split(substr($0, RSTART, RLENGTH), u, /K, used |K$/); exit_used += u[2] / 1024
      }
      END { if (exit_used > peak) peak = exit_used; printf "%d %d\n", peak, after }' "$log"
  done | sort -n | tail -1 | sed "s/\$/ $jvms/"
}

# One whole `mvn digest:report` process, no pom, in the folder $1 (its ./target is the build
# directory, which holds the report's working store), with MAVEN_OPTS=$2; $3 names its log in
# target/bench-logs; the rest are the goal's arguments. GC logging goes in JAVA_TOOL_OPTIONS,
# not MAVEN_OPTS, so a JVM the goal forks logs too. Sets wall, rss, heap_peak, heap_after, jvms,
# goal_ms, phases, files and outcome (ok, out of memory, failed (exit N)); returns 1 on failure
# after printing the end of the log.
mvn_report() {
  local dir=$1 opts=$2 name=$3 status=0 start end
  shift 3
  local log="$root/$logs/$name.log" gc="$dir/gc-$name" timing="$dir/time-$name"
  mkdir -p "$root/$logs" "$gc"
  local timer=()
  [ -x /usr/bin/time ] && timer=(/usr/bin/time -v -o "$timing")
  start=$(date +%s.%N)
  (cd "$dir" && MAVEN_OPTS="$opts" JAVA_TOOL_OPTIONS="-Xlog:gc,gc+heap+exit:file=$gc/%p.log" \
      "${timer[@]}" "$root/mvnw" -B "$plugin:report" "$@" >"$log" 2>&1) || status=$?
  end=$(date +%s.%N)
  wall=$(echo "$end - $start" | bc)
  rss=""
  [ -f "$timing" ] && rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$timing")
  read -r heap_peak heap_after jvms <<<"$(heap_figures "$gc")" || true
  goal_ms=$( (grep -o '^\[INFO\] Reading list .*([0-9]* ms' "$log" || true) | tail -1 | sed 's/.*(\([0-9]*\) ms$/\1/')
  phases=$(sed -n 's/^\[INFO\] Reading list of .* ms: \(.*\))$/\1/p' "$log" | tail -1)
  files=$( (grep -o '[0-9]* files\{0,1\} written, [0-9]* unchanged' "$log" || true) | tail -1)
  grep -q 'Reading list is up to date' "$log" && files="nothing written (up to date)"
  if [ "$status" = 0 ]; then
    outcome=ok
    return 0
  fi
  if grep -q -i 'ran out of memory\|OutOfMemoryError\|Java heap space' "$log"; then
    outcome="out of memory"
  else
    outcome="failed (exit $status)"
  fi
  echo "mvn digest:report $outcome after $(printf '%.2f' "$wall") s; the end of $logs/$name.log:"
  tail -20 "$log"
  return 1
}

# One line of the figures mvn_report set, for the run named $1.
print_run() {
  local goal="" heap=""
  [ -n "$goal_ms" ] && goal="; the goal $(seconds "$goal_ms") s"
  [ -n "$phases" ] && goal="$goal ($phases)"
  [ -n "${heap_peak:-}" ] && heap=", peak heap ${heap_peak} MB (after GC at most ${heap_after} MB; the largest of the $jvms JVMs the run started)"
  printf '%s: %.2f s, peak RSS %s MB%s%s; %s\n' "$1" "$wall" "${rss:-?}" "$heap" "$goal" "${files:-no file count in the log}"
}

# Step 5: the whole report process on cs.CL, the first run and an unchanged rerun.
cscl_report_process() {
  echo "== whole mvn digest:report process on cs.CL (no pom, plugin defaults, MAVEN_OPTS=-Xmx256m): a first run into an empty output and store, then one with nothing changed"
  local work
  work=$(mktemp -d)
  local args=(-Ddigest.directory="$root/$corpus" -Ddigest.outputDirectory="$work/report")
  if mvn_report "$work" -Xmx256m cs.CL-first "${args[@]}"; then
    print_run "first run"
    row "cs.CL first run <= 7 s" "$(printf '%.2f s' "$wall")" "$(at_most "$wall" 7)"
    row "cs.CL first run completes with -Xmx256m" "completes" met
    row "cs.CL first run: peak RSS of the largest process" "${rss:-?} MB" figure
    row "cs.CL first run: peak heap (after GC at most)" "${heap_peak:-?} MB (${heap_after:-?} MB)" figure
    local report_wall=$wall
    if mvn_report "$work" -Xmx256m cs.CL-unchanged "${args[@]}"; then
      print_run "nothing changed"
      row "cs.CL rerun, nothing changed" "$(printf '%.2f s' "$wall"), goal $(seconds "${goal_ms:-0}") s" figure
    fi
    pandoc_ratio "$report_wall"
  else
    row "cs.CL first run <= 7 s" "$outcome" "not met"
    row "cs.CL first run completes with -Xmx256m" "$outcome" "not met"
  fi
  discard "$work"
}

# pandoc (GitHub Markdown to HTML, one process over every cs.CL digest, as one document) against the
# report's first run: a general Markdown converter on the same files, with none of the report's
# pages, indexes, search or exports.
pandoc_ratio() {
  if ! command -v pandoc >/dev/null; then
    echo "pandoc is not installed (apt-get install pandoc): no ratio"
    row "pandoc on the same files" "not installed" figure
    return
  fi
  local start end took
  start=$(date +%s.%N)
  find "$root/$corpus" -name '*.md' -print0 | sort -z | xargs -0 pandoc -f gfm -t html5 -o /dev/null
  end=$(date +%s.%N)
  took=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}')
  echo "pandoc $(pandoc --version | head -1 | cut -d' ' -f2), every cs.CL digest to HTML in one process: $took s;" \
    "the report's first run took $(printf '%.2f' "$1") s, $(awk -v p="$took" -v r="$1" 'BEGIN {printf "%.1f", p / r}') times faster than pandoc"
  row "pandoc on the same files (one process) / report first run" "$took s / $(printf '%.2f' "$1") s" figure
}

# Puts back every digest an edited-digest run changed (also one left changed by a stopped run).
restore_edits() {
  local record
  for record in target/scale-*.edited; do
    [ -f "$record" ] || continue
    cp -p "$record.orig" "$(cat "$record")"
    rm -f "$record" "$record.orig"
  done
}

# Changes the Chinese summary of one entry (its table cell and its definition's field, so the
# two stay equal) in one digest of the scale folder $1, after saving the digest for restore_edits.
edit_one_digest() {
  python3 - "$1" "$1.edited" <<'EOF'
import os, shutil, sys
folder, record = sys.argv[1:3]
files = sorted(os.path.join(d, f) for d, _, names in os.walk(os.path.join(folder, 'copy-1'))
               for f in names if f.endswith('.md'))
for path in files[len(files) // 2:] + files[:len(files) // 2]:
    with open(path, encoding='utf-8', errors='surrogateescape', newline='') as f:
        lines = f.read().split('\n')
    row = next((i for i, l in enumerate(lines) if l.startswith('| [^1] |')), None)
    definition = next((i for i, l in enumerate(lines) if l.startswith('[^1]:')), None)
    if row is None or definition is None:
        continue
    summary = lines[row].rstrip().rstrip('|').rsplit('|', 1)[-1].strip()
    fields = [i for i in range(definition + 1, len(lines)) if lines[i] == '    ' + summary]
    if not summary or not fields or any(lines[j].startswith('[^') for j in range(definition + 1, fields[0])):
        continue
    changed = summary + '（基准测试的改动）'
    shutil.copy2(path, record + '.orig')
    with open(record, 'w', encoding='utf-8') as f:
        f.write(path)
    lines[row] = lines[row].replace('| ' + summary + ' |', '| ' + changed + ' |')
    lines[fields[0]] = '    ' + changed
    with open(path, 'w', encoding='utf-8', errors='surrogateescape', newline='') as f:
        f.write('\n'.join(lines))
    print(path)
    sys.exit(0)
sys.exit('no digest in ' + folder + '/copy-1 has a first entry whose Chinese summary can be changed')
EOF
}

# The whole report process on K copies of the corpus: first run, unchanged rerun, one digest edited.
scale_report_process() {
  local k=$1 work edited
  local folder="target/scale-$k$scale_suffix"
  echo "== $k copies: whole mvn digest:report process (no pom, plugin defaults, MAVEN_OPTS=-Xmx512m)"
  if [ ! -f "$folder/.generated" ]; then
    rm -rf "$folder"
    if ! python3 "$shared/tools/scale-corpus.py" "$k" "$folder" ${scale_tar:+"$scale_tar"} >"$root/$logs/scale-$k.log" 2>&1; then
      echo "scale-corpus.py $k failed:"; tail -20 "$root/$logs/scale-$k.log"
      row "$k copies: first run" "no corpus (scale-corpus.py failed)" "not met"
      return
    fi
    cp "$root/$logs/scale-$k.log" "$folder/.generated"
  fi
  echo "corpus: $(cat "$folder/.generated") ($(du -sm "$folder" | cut -f1) MB on disk)"
  work=$(mktemp -d)
  local args=(-Ddigest.directory="$root/$folder" -Ddigest.outputDirectory="$work/report")
  if ! mvn_report "$work" -Xmx512m "scale-$k-first" "${args[@]}"; then
    scale_outcome[$k]=$outcome
    discard "$work"
    return
  fi
  print_run "first run"
  scale_outcome[$k]=ok
  scale_first[$k]=$wall
  scale_rss[$k]=${rss:-?}
  scale_heap[$k]="${heap_peak:-} ${heap_after:-}"
  if mvn_report "$work" -Xmx512m "scale-$k-unchanged" "${args[@]}"; then
    print_run "nothing changed"
    scale_unchanged[$k]=$wall
    scale_unchanged_goal[$k]=${goal_ms:-}
  fi
  if edited=$(edit_one_digest "$root/$folder"); then
    echo "edited: ${edited#"$root/"}"
    if mvn_report "$work" -Xmx512m "scale-$k-edited" "${args[@]}"; then
      print_run "one digest edited"
      scale_edited[$k]=$wall
      scale_edited_files[$k]=$files
    fi
  fi
  restore_edits
  discard "$work"
}

report_scale() {
  local ks=("$@") k help_times="" work start end floor peak after goal first verdict
  [ ${#ks[@]} -gt 0 ] || ks=(1 3 6)
  for k in "${ks[@]}"; do
    [[ "$k" =~ ^[1-9][0-9]*$ ]] || { echo "report-scale: K must be a positive whole number, not '$k'" >&2; exit 2; }
  done
  [ -x /usr/bin/time ] || echo "no GNU time at /usr/bin/time (apt-get install -y time): the peak RSS is not measured"
  scale_tar=${DIGEST_SCALE_TAR:-}
  scale_suffix=""
  [ -n "$scale_tar" ] && scale_suffix="-$(basename "$scale_tar" | sed 's/\..*//')"
  declare -gA scale_outcome=() scale_first=() scale_rss=() scale_heap=() scale_unchanged=() \
    scale_unchanged_goal=() scale_edited=() scale_edited_files=()
  trap 'restore_edits; delete_discarded' EXIT
  trap 'exit 130' INT TERM
  restore_edits
  mkdir -p "$logs"

  echo "== Maven's own start: mvn digest:help process (reads nothing), MAVEN_OPTS=-Xmx512m, 3 runs"
  work=$(mktemp -d)
  for _ in 1 2 3; do
    start=$(date +%s.%N)
    if ! (cd "$work" && MAVEN_OPTS=-Xmx512m "$root/mvnw" -B "$plugin:help" >"$root/$logs/help.log" 2>&1); then
      echo "mvn digest:help failed (is the plugin installed? run the README's first command):"
      tail -20 "$logs/help.log"
      exit 1
    fi
    end=$(date +%s.%N)
    help_times="$help_times $(echo "$end - $start" | bc)"
  done
  rm -rf "$work"
  floor=$(median "$help_times")
  printf 'mvn digest:help process: %s\n' "$(summary "$help_times")"

  unpack_corpus
  cscl_report_process
  for k in "${ks[@]}"; do
    scale_report_process "$k"
  done

  local done_ks=() small large
  for k in $(printf '%s\n' "${ks[@]}" | sort -n -u); do
    [ "${scale_outcome[$k]:-}" = ok ] && done_ks+=("$k")
  done
  row "Maven's start (digest:help, median of 3)" "$floor s" figure
  for k in $(printf '%s\n' "${ks[@]}" | sort -n -u); do
    first="${scale_outcome[$k]:-not run}"
    [ "$first" = ok ] && first=$(printf '%.2f s, RSS %s MB' "${scale_first[$k]}" "${scale_rss[$k]}")
    if [ "$k" = 6 ]; then
      verdict=$([ "${scale_outcome[$k]:-}" = ok ] && at_most "${scale_first[$k]}" 30 || echo "not met")
      row "6 copies first run <= 30 s, completes with -Xmx512m" "$first" "$verdict"
    else
      row "$k copies first run (-Xmx512m)" "$first" "$([ "${scale_outcome[$k]:-}" = ok ] && echo figure || echo failed)"
    fi
    [ "${scale_outcome[$k]:-}" = ok ] || continue
    read -r peak after <<<"${scale_heap[$k]}" || true
    row "$k copies first run: peak heap (after GC at most)" "${peak:-?} MB (${after:-?} MB)" figure
    goal=""
    [ -n "${scale_unchanged_goal[$k]:-}" ] && goal=$(seconds "${scale_unchanged_goal[$k]}")
    if [ "$k" = 6 ]; then
      row "6 copies unchanged rerun: the goal <= 1 s" "$(in_s "$goal")" "$(at_most "$goal" 1)"
      row "6 copies unchanged rerun: whole process <= 3 s" "$(in_s "${scale_unchanged[$k]:-}")" "$(at_most "${scale_unchanged[$k]:-}" 3)"
      row "6 copies one digest edited: whole process <= 4 s" "$(in_s "${scale_edited[$k]:-}")" "$(at_most "${scale_edited[$k]:-}" 4)"
    else
      row "$k copies unchanged rerun: goal / process" "$(in_s "$goal") / $(in_s "${scale_unchanged[$k]:-}")" figure
      row "$k copies one digest edited: process" "$(in_s "${scale_edited[$k]:-}")" figure
    fi
    row "$k copies one digest edited: files rewritten" "${scale_edited_files[$k]:-no figure}" figure
  done
  if [ ${#done_ks[@]} -ge 2 ]; then
    small=${done_ks[0]}; large=${done_ks[${#done_ks[@]}-1]}
    # The issue's bound is 6.5 for 6 copies against 1; for another pair it scales with the ratio of copies.
    local ratio bound
    ratio=$(echo "(${scale_first[$large]} - $floor) / (${scale_first[$small]} - $floor)" | bc -l)
    bound=$(echo "6.5 / 6 * $large / $small" | bc -l)
    row "linear: (t$large - start) / (t$small - start) <= $(printf '%.2f' "$bound")" "$(printf '%.2f' "$ratio")" "$(at_most "$ratio" "$bound")"
    local peak_small peak_large
    read -r _ peak_small <<<"${scale_heap[$small]}" || true
    read -r _ peak_large <<<"${scale_heap[$large]}" || true
    # "Not growing": the live heap (after GC) at the most copies within a quarter of that at the fewest.
    if [ -n "$peak_small" ] && [ -n "$peak_large" ]; then
      row "heap after GC not growing: $large copies <= 1.25 x $small" "$peak_large MB vs $peak_small MB" \
        "$(at_most "$peak_large" "$(echo "1.25 * $peak_small" | bc -l)")"
    fi
  else
    row "linear in the copies; heap not growing" "needs two K that completed" "not measured"
  fi
  print_table
}

if [ "$mode" = report-scale ]; then
  report_scale "$@"
  exit 0
fi

./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench.cp)"
if [ "$mode" = growth ]; then
  echo "== growth: one digest, one dimension ten times larger at each step (heap limited to 2 GB)"
  exec java -Xmx2g -cp "$cp" io.github.digestplugin.bench.GrowthBenchmark "$@"
fi
if [ "$mode" = related ]; then
  unpack_corpus
  k=${1:-6}
  if [ ! -f "target/scale-$k/.generated" ]; then
    rm -rf "target/scale-$k"
    mkdir -p "$logs"
    python3 "$shared/tools/scale-corpus.py" "$k" "target/scale-$k" >"$logs/scale-$k.log"
    cp "$logs/scale-$k.log" "target/scale-$k/.generated"
  fi
  echo "== related papers, in-process (heap limited to 512 MB): cs.CL, then $k copies"
  exec java -Xmx512m -cp "$cp" io.github.digestplugin.bench.RelatedBenchmark "$corpus" "target/scale-$k"
fi
unpack_corpus
echo "== check, in-process (heap limited to 256 MB)"
java -Xmx256m -Ddigest.corpus="$shared/corpus" -cp "$cp" io.github.digestplugin.bench.Benchmark check 10 "$corpus" \
  | tee target/bench-check.txt

echo "== whole mvn digest:check process (no pom, cs.CL corpus), 5 runs each: best and median"
# The default run forks a JVM for the check (95 MB is above the 32 MiB of fork=auto); it is timed
# beside the check in Maven's own JVM (-Ddigest.fork=false), the default with C1 only for Maven's
# JVM too (MAVEN_OPTS=-XX:TieredStopAtLevel=1, which the README suggests), and digest:help, which
# reads nothing: the floor, Maven's own start with this plugin's class realm. This VM's speed
# drifts by a fifth over minutes, so the runs are interleaved.
work=$(mktemp -d)
runs=5
variants="check check-in-maven check-c1 help"
declare -A took
for run in $(seq $runs); do
  for what in $variants; do
    opts=""; goal=check; extra=""
    [ "$what" = check-in-maven ] && extra="-Ddigest.fork=false"
    [ "$what" = check-c1 ] && opts="-XX:TieredStopAtLevel=1"
    [ "$what" = help ] && goal=help
    start=$(date +%s.%N)
    if ! (cd "$work" && MAVEN_OPTS="$opts" "$OLDPWD/mvnw" -q -B "$plugin:$goal" \
          -Ddigest.directory="$OLDPWD/$corpus" -Ddigest.failOn=none $extra >"$work/log" 2>&1); then
      echo "mvn digest:$goal failed (is the plugin installed? run the README's first command):"
      tail -20 "$work/log"
      break 2
    fi
    end=$(date +%s.%N)
    took[$what]="${took[$what]:-} $(echo "$end - $start" | bc)"
  done
done
[ -n "${took[check]:-}" ] && printf 'mvn digest:check process (defaults: the check in a forked JVM): %s\n' "$(summary "${took[check]}")"
[ -n "${took[check-in-maven]:-}" ] && printf 'mvn digest:check process, the check in Maven'"'"'s JVM (-Ddigest.fork=false): %s\n' "$(summary "${took[check-in-maven]}")"
[ -n "${took[check-c1]:-}" ] && printf 'mvn digest:check process (MAVEN_OPTS="-XX:TieredStopAtLevel=1"): %s\n' "$(summary "${took[check-c1]}")"
[ -n "${took[help]:-}" ] && printf 'floor, mvn digest:help process (default JVM flags): %s\n' "$(summary "${took[help]}")"
rm -rf "$work"

if [ "$markdownlint" = yes ]; then
  echo "== markdownlint-cli2 (MD056 only) on the same files"
  tools=target/bench-tools
  if [ ! -x "$tools/node_modules/.bin/markdownlint-cli2" ]; then
    mkdir -p "$tools"
    npm install --silent --no-audit --no-fund --prefix "$tools" markdownlint-cli2@0.24.1 >/dev/null
  fi
  cfg=$(mktemp -d)
  printf '{ "config": { "default": false, "MD056": true } }\n' >"$cfg/.markdownlint-cli2.jsonc"
  start=$(date +%s.%N)
  (cd "$cfg" && "$OLDPWD/$tools/node_modules/.bin/markdownlint-cli2" "$OLDPWD/$corpus/*.md" >"$cfg/log" 2>&1) || true
  end=$(date +%s.%N)
  mdl=$(echo "$end - $start" | bc)
  printf 'markdownlint-cli2: %.2f s, %s MD056 findings\n' "$mdl" "$(grep -c MD056 "$cfg/log" || true)"
  rm -rf "$cfg"
  warm=$(sed -n 's/^check warm (median.* in \([0-9.]*\) s.*/\1/p' target/bench-check.txt)
  ratio=$(printf '%.0f' "$(echo "$mdl / $warm" | bc -l)")
  printf 'ratio markdownlint-cli2 / digest check (warm): %sx\n' "$ratio"
  row "ratio markdownlint-cli2 (MD056) / check, warm: printed" "${ratio}x" figure
fi

echo "== report, in-process (heap limited to 512 MB)"
java -Xmx512m -Ddigest.corpus="$shared/corpus" -cp "$cp" io.github.digestplugin.bench.Benchmark report 3 "$corpus" \
  target/bench-report
echo "== search on that report, in headless Chromium from file:// (index size, bytes and time per query)"
if { [ -n "${CHROME_BIN:-}" ] || command -v chromium >/dev/null || command -v chromium-browser >/dev/null \
    || command -v google-chrome >/dev/null; } && command -v chromedriver >/dev/null; then
  java -cp "$cp" io.github.digestplugin.bench.SearchBenchmark target/bench-report 5 2>/dev/null
else
  echo "skipped: needs Chromium (on the PATH or CHROME_BIN) and chromedriver on the PATH (apt-get install -y chromium chromium-driver)"
fi
cscl_report_process
print_table
