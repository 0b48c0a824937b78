// Each digest in src/digests breaks one rule. With logFindings=all every finding must be logged at
// its level, as `path:line:col: severity [rule-id] message`, with the path relative to the directory
// Maven ran in, once by the check in Maven's JVM (invocation 1) and once by the check in a forked
// JVM (2). Invocations 4 and 5 log the default, short way.
def fullLog = new File(basedir, 'build.log').getText('UTF-8')
def runs = fullLog.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('BUILD SUCCESS') || it.contains('BUILD FAILURE') }
assert runs.size() == 5
def log = runs[0..2].join('\n')
def logLines = log.readLines()

def expected = [
    '[ERROR] src/digests/arxiv-id-mismatch.md:22:5: error [arxiv-id-mismatch] ',
    '[ERROR] src/digests/cell-pipe.md:5:86: error [cell-pipe] ',
    '[ERROR] src/digests/definition-layout.md:10:1: error [definition-layout] ',
    '[ERROR] src/digests/duplicate-number.md:38:1: error [duplicate-number] ',
    '[WARNING] src/digests/duplicate-paper.md:28:40: warning [duplicate-paper] ',
    '[WARNING] src/digests/empty-abstract-zh.md:34:5: warning [empty-abstract-zh] ',
    '[ERROR] src/digests/empty-field.md:10:7: error [empty-field] ',
    '[ERROR] src/digests/encoding.md:34:1: error [encoding] ',
    '[ERROR] src/digests/heading-order.md:10:1: error [heading-order] ',
    '[ERROR] src/digests/missing-definition.md:7:3: error [missing-definition] ',
    '[ERROR] src/digests/missing-row.md:38:1: error [missing-row] ',
    // number-sequence is a warning by default: -Ddigest.severities made it an error.
    '[ERROR] src/digests/number-sequence.md:6:3: error [number-sequence] ',
    '[WARNING] src/digests/raw-html.md:20:9: warning [raw-html] ',
    '[ERROR] src/digests/row-syntax.md:7:1: error [row-syntax] ',
    '[WARNING] src/digests/summary-mismatch.md:5:81: warning [summary-mismatch] ',
    '[ERROR] src/digests/table-header.md:3:1: error [table-header] ',
    '[WARNING] src/digests/title-conflict-b.md:11:5: warning [title-conflict] ',
    '[ERROR] src/digests/title-mismatch.md:5:11: error [title-mismatch] ',
    '[ERROR] src/digests/truncated-entry.md:28:5: error [truncated-entry] ',
    '[ERROR] src/digests/unreadable-file.md:1:1: error [unreadable-file] ',
    // url-canonical is an info by default: the pom's <severities> made it a warning. The url is
    // reported where it stands, in the row and in the definition.
    '[WARNING] src/digests/url-canonical.md:5:45: warning [url-canonical] ',
    '[WARNING] src/digests/url-canonical.md:14:44: warning [url-canonical] ',
    '[ERROR] src/digests/url-invalid.md:14:45: error [url-invalid] ',
    '[ERROR] src/digests/url-mismatch.md:6:50: error [url-mismatch] ',
]
def missing = expected.findAll { prefix -> logLines.count { it.startsWith(prefix) } != 2 }
assert missing.isEmpty() : "Not twice in build.log:\n" + missing.join('\n')
// Both runs log the same lines, the forked one's included, in the same order.
def findingLine = ~/^\[(ERROR|WARNING|INFO)\] src\/digests\/\S+:\d+:\d+: (error|warning|info) \[/
def findings = logLines.findAll { it =~ findingLine }
assert findings.size() % 2 == 0
assert findings.subList(0, findings.size().intdiv(2)) == findings.subList(findings.size().intdiv(2), findings.size())

// Nothing else is reported: each digest breaks its one rule only. A binary file is the exception,
// its bytes trip the structure rules too.
def unexpected = logLines.findAll { it =~ findingLine }
        .findAll { !it.startsWith('[ERROR] src/digests/unreadable-file.md:') }
        .findAll { line -> !expected.any { line.startsWith(it) } }
assert unexpected.isEmpty() : "Unexpected findings:\n" + unexpected.join('\n')
// Control characters a message may quote (the binary file holds some) are escaped, never logged.
assert !(log =~ /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/)

// Every digest was read, the summary line follows the findings, and the build failed on them.
def summaries = (log =~ /\[INFO\] 24 digests, 47 entries: \d+ errors, \d+ warnings, \d+ infos? \(\d+ ms\)/).collect { it.replaceAll(/\(\d+ ms\)/, '') }
assert summaries.size() == 2 && summaries[0] == summaries[1]
assert logLines.count { it.startsWith('[ERROR] Failed to execute goal') && it =~
        /: \d+ digest findings of severity error, 0 allowed \(failOn=error, maxAllowedViolations=0\)/ } == 2

// 3: the forked JVM did not start; the build failed with the JVM's own words.
assert log =~ /The check in a forked JVM failed \(exit status 1\): Unrecognized VM option 'NoSuchOption'/
// The ITs run with -e; still no exception of the plugin or the JDK may surface as a cause.
assert !(log =~ /Caused by: (?!org\.apache\.maven\.)/)

// The results were written before the build failed, and nothing was written next to the digests.
assert new File(basedir, 'target/digest/digest-check.sarif').isFile()
assert new File(basedir, 'target/digest/checkstyle-result.xml').isFile()
assert new File(basedir, 'src/digests').list().length == 24

// 4, 5: the short log lists exactly the errors of the full one (failOn=error; the warnings and the
// url-canonical warning are only counted), in the same order, then one table row per rule.
def errorLines = runs[0].readLines().findAll { it =~ findingLine && it.startsWith('[ERROR] ') }
assert errorLines.size() >= 18
[runs[3], runs[4]].each { run ->
    def lines = run.readLines()
    assert lines.findAll { it =~ findingLine } == errorLines
    assert lines.any { it =~ /^\[INFO\]   Rule +Severity  Findings$/ }
    // Its url in the row and in the definition.
    assert lines.any { it =~ /^\[INFO\]   url-canonical +warning +2$/ }
    assert lines.any { it =~ /^\[INFO\]   cell-pipe +error +1$/ }
    assert lines.any { it =~ /^\[INFO\] \d+ findings are not listed here \(below failOn or in the baseline\); -Ddigest\.logFindings=all lists them, and .*target\/digest holds them all$/ }
    // The log up to Maven's verdict: the listed errors, the table (a row per rule with findings,
    // 23 here) and Maven's own few lines; with -e the stack trace of the failure follows.
    def upToVerdict = lines.takeWhile { !it.contains('BUILD FAILURE') }
    assert upToVerdict.size() <= errorLines.size() + 23 + 15 : "${upToVerdict.size()} lines:\n" + run
}
assert runs[3].readLines().findAll { it =~ /^\[INFO\]   [a-z-]+ +(error|warning|info) +\d+$/ } ==
        runs[4].readLines().findAll { it =~ /^\[INFO\]   [a-z-]+ +(error|warning|info) +\d+$/ }
