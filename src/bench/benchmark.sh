#!/usr/bin/env bash
# The project's benchmark (figures, not a test). On the whole cs.CL corpus it runs:
#   1. the checker in one JVM, cold and warm, with files, MB/s, entries/s and peak heap;
#   2. the whole `mvn digest:check` process, timed from outside (needs the plugin installed:
#      the README's first command does that);
#   3. markdownlint-cli2 with only MD056 (table column count) on the same files, and the ratio;
#   4. the report of the whole corpus: cold, warm, with no input changed, after one digest changed
#      (heap limited to 512 MB), its search in headless Chromium, and the whole
#      `mvn digest:report` process, first and with nothing changed.
# `growth` runs only the growth benchmark instead (no corpus needed): check and report of one
# digest with 1,000/10,000/100,000 pipes in a cell or rows without definitions, and 10 KB/100 KB/
# 1 MB of links or entities in one field, with the ratio of the two largest sizes' times.
# Usage: src/bench/benchmark.sh [--no-markdownlint | growth [pipes|rows|links|entities]...]
#   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${DIGEST_SHARED:-$(cd .. && pwd)/shared}
markdownlint=yes
[ "${1:-}" = "--no-markdownlint" ] && markdownlint=no

./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench.cp)"
if [ "${1:-}" = growth ]; then
  shift
  echo "== growth: one digest, one dimension ten times larger at each step (heap limited to 2 GB)"
  exec java -Xmx2g -cp "$cp" io.github.digestplugin.bench.GrowthBenchmark "$@"
fi
corpus=target/corpus/cs.CL
if [ ! -f target/corpus/.unpacked ]; then
  mkdir -p target/corpus
  tar xJf "$shared/corpus/cs.CL.tar.xz" -C target/corpus
  touch target/corpus/.unpacked
fi
echo "== check, in-process (heap limited to 256 MB)"
java -Xmx256m -Ddigest.corpus="$shared/corpus" -cp "$cp" io.github.digestplugin.bench.Benchmark check 10 "$corpus" \
  | tee target/bench-check.txt

version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
group=$(sed -n 's:^  <groupId>\(.*\)</groupId>:\1:p' pom.xml | head -1)
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
    if ! (cd "$work" && MAVEN_OPTS="$opts" "$OLDPWD/mvnw" -q -B "$group:digest-maven-plugin:$version:$goal" \
          -Ddigest.directory="$OLDPWD/$corpus" -Ddigest.failOn=none $extra >"$work/log" 2>&1); then
      echo "mvn digest:$goal failed (is the plugin installed? run the README's first command):"
      tail -20 "$work/log"
      break 2
    fi
    end=$(date +%s.%N)
    took[$what]="${took[$what]:-} $(echo "$end - $start" | bc)"
  done
done
summary() { echo "$1" | tr ' ' '\n' | grep . | sort -n | awk '{t[NR]=$1} END {printf "best %.2f s, median %.2f s", t[1], t[int((NR+1)/2)]}'; }
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
  printf 'ratio markdownlint-cli2 / digest check (warm): %.0fx\n' "$(echo "$mdl / $warm" | bc -l)"
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
echo "== whole mvn digest:report process: a first run, then one with nothing changed"
work=$(mktemp -d)
for run in first second; do
  start=$(date +%s.%N)
  if (cd "$work" && "$OLDPWD/mvnw" -B "$group:digest-maven-plugin:$version:report" \
        -Ddigest.directory="$OLDPWD/$corpus" -Ddigest.outputDirectory="$OLDPWD/target/bench-report" \
        -Ddigest.locale=en "-Ddigest.title=cs.CL reading list" >"$work/log" 2>&1); then
    end=$(date +%s.%N)
    printf 'mvn digest:report process, %s run: %.2f s; the goal: %s\n' "$run" "$(echo "$end - $start" | bc)" \
      "$(grep -o 'Reading list .*' "$work/log" | sed 's/: .*(/ (/')"
  else
    echo "mvn digest:report failed:"; tail -20 "$work/log"
  fi
done
rm -rf "$work"
