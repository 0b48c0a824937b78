import groovy.json.JsonSlurper

def runs = new File(basedir, 'build.log').getText('UTF-8')
        .split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('BUILD SUCCESS') || it.contains('BUILD FAILURE') }
assert runs.size() == 6
def findingLine = ~/^\[(ERROR|WARNING|INFO)\] src\/digests\/\S+:\d+:\d+: (error|warning|info) \[/

// 1, 2: the one new finding is listed and fails the build; the four of the baseline, though their
// lines moved, are not listed, are counted and said to remain.
[runs[0], runs[1]].each { run ->
    def lines = run.readLines()
    assert lines.findAll { it =~ findingLine } ==
            ['[ERROR] src/digests/rss-urls.md:11:11: error [title-mismatch] Title of row [^4] differs from field 1 of its definition (line 59): `Large Language Models Are Null-Shot Learners`, `Large Language Models are Null-Shot Learners`']
    assert lines.any { it =~ /^\[INFO\]   Rule +Severity  Findings  In baseline$/ }
    assert lines.any { it =~ /^\[INFO\]   summary-mismatch +warning +3 +3$/ }
    assert lines.any { it =~ /^\[INFO\]   cell-pipe +error +1 +1$/ }
    assert lines.any { it =~ /^\[INFO\]   title-mismatch +error +1 +0$/ }
    assert lines.any { it =~ /^\[INFO\] Baseline: 4 baselined findings remain \(not failing\), 0 fixed since \(.*digest-baseline\.json\)$/ }
    assert run =~ /1 digest finding of severity warning or worse not in the baseline, 0 allowed \(failOn=warning, maxAllowedViolations=0\)/
}

// 2: the fork's own JVM output reached the log instead of failing the run.
assert runs[1] =~ /(?m)^\[[0-9.]+s\]\[info\]\[gc/
assert runs[1].readLines().any { it =~ /\[gc,heap,exit/ }

// 3, 4: the same findings write the same bytes, sorted, with every finding of now.
def first = new File(basedir, 'target/baseline-1.json')
assert first.bytes == new File(basedir, 'target/baseline-2.json').bytes
def written = new JsonSlurper().parse(first, 'UTF-8')
assert written.version == 1
assert written.findings.size() == 5
assert written.findings*.file == written.findings*.file.sort(false)
assert written.findings.find { it.rule == 'title-mismatch' }.entry == '2401.08273'
assert runs[2].contains('Baseline of 5 findings in 2 digests written to ')

// 5: nothing beyond the new baseline: the build passes, nothing listed.
assert runs[4].contains('BUILD SUCCESS')
assert runs[4].readLines().findAll { it =~ findingLine }.isEmpty()
assert runs[4].contains('Baseline: 5 baselined findings remain (not failing), 0 fixed since')

// 6: a missing baseline that was named.
assert runs[5] =~ /The baseline .*target\/no-such-baseline\.json does not exist \(parameter 'baseline', property digest\.baseline\); write it with mvn digest:baseline/

// The digests are never written to; the committed baseline is left as it was.
assert new File(basedir, 'src/digests').list().sort() == ['cell-pipe.md', 'rss-urls.md']
assert new JsonSlurper().parse(new File(basedir, 'digest-baseline.json'), 'UTF-8').findings.size() == 4
