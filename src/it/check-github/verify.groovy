def runs = new File(basedir, 'build.log').getText('UTF-8')
        .split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('BUILD SUCCESS') || it.contains('BUILD FAILURE') }
assert runs.size() == 3
def findingLine = ~/^\[(ERROR|WARNING)\] src\/digests\/\S+:(\d+):(\d+): (error|warning) \[([a-z-]+)\] (.*)$/

// 1, 2: each run prints, at the start of a line, a workflow command per failing finding: nine
// errors and a tenth saying how many more there are (GitHub shows ten per step), and every warning.
[runs[0], runs[1]].each { run ->
    def lines = run.readLines()
    def errors = lines.findAll { it.startsWith('::error ') }
    def warnings = lines.findAll { it.startsWith('::warning ') }
    def listedErrors = lines.findAll { it =~ findingLine && it.startsWith('[ERROR] ') }
    def listedWarnings = lines.findAll { it =~ findingLine && it.startsWith('[WARNING] ') }
    assert listedErrors.size() > 10
    assert errors.size() == 10
    assert errors.last() == "::error title=digest%3Acheck::${listedErrors.size() - 9} more error findings are not" +
            ' annotated (GitHub shows 10 per step); see the log or the job summary'
    assert listedWarnings.size() in 2..10
    assert warnings.size() == listedWarnings.size()
    // Each annotation is the finding listed at the same place, with %, CR, LF, ':' and ',' escaped.
    (listedErrors.subList(0, 9) + listedWarnings).eachWithIndex { listed, i ->
        def m = listed =~ findingLine
        assert m.matches()
        def annotation = (errors.subList(0, 9) + warnings)[i]
        def message = m.group(6).replace('%', '%25')
        assert annotation.startsWith("::${m.group(4)} file=src/digests/")
        assert annotation.contains(",line=${m.group(2)},col=${m.group(3)},title=${m.group(5)}::")
        assert annotation.endsWith('::' + message)
        def file = annotation.substring(annotation.indexOf('file=') + 5, annotation.indexOf(',line='))
        assert !file.contains(':') && !file.contains(',')
    }
    assert !lines.any { it.startsWith('::notice') }
}
assert runs[0].readLines().findAll { it.startsWith('::') } == runs[1].readLines().findAll { it.startsWith('::') }

// 3: annotations off.
assert !runs[2].readLines().any { it.startsWith('::') }

// The job summary: appended by each of runs 1 and 2 (not 3), Markdown with digest text escaped.
def summary = new File(basedir, 'step-summary.md').getText('UTF-8')
assert summary.count('## Digest check\n') == 2
assert summary.contains('The check fails\\: ')
assert summary.contains('| Rule | Severity | Findings |\n| --- | --- | ---: |\n')
assert summary =~ /\n- src\/digests\/cell-pipe\.md\\:5\\:86 error \\\[cell-pipe\\\] Unescaped \\`\\\|\\`/
// Raw HTML quoted by a message is escaped: no tag reaches the summary.
assert !(summary =~ /(?<!\\)</)
