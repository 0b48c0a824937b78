import groovy.json.JsonSlurper

def runs = new File(basedir, 'build.log').getText('UTF-8')
        .split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('BUILD SUCCESS') || it.contains('BUILD FAILURE') }
assert runs.size() == 3
def findingLine = ~/^\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: (error|warning|info) \[/

// 1, 2: only the warning of row [^3] is left; the comments are no finding of any rule.
[runs[0], runs[1]].each { run ->
    def listed = run.readLines().findAll { it =~ findingLine }
    assert listed.size() == 1
    assert listed[0].startsWith('[WARNING] src/digests/rss-urls.md:9:')
    assert listed[0].contains(' warning [summary-mismatch] Summary of row [^3] ')
    assert run =~ /\[INFO\] 3 digests, 11 entries: 0 errors, 1 warning, 0 infos, 6 suppressed \(\d+ ms\)/
}

// The result files leave the suppressed findings out, in both runs.
['target/digest', 'target/forked'].each { folder ->
    def sarif = new JsonSlurper().parse(new File(basedir, "${folder}/digest-check.sarif"), 'UTF-8')
    def results = sarif.runs[0].results
    assert results.size() == 1
    assert results.every { it.ruleId == 'summary-mismatch' }
    assert results.every { it.locations[0].physicalLocation.artifactLocation.uri == 'src/digests/rss-urls.md' }
    def gitLab = new JsonSlurper().parse(new File(basedir, "${folder}/gl-code-quality-report.json"), 'UTF-8')
    assert gitLab.size() == 1
    assert !new File(basedir, "${folder}/checkstyle-result.xml").getText('UTF-8').contains('source="digest.cell-pipe"')
}

// 3: no page quotes a comment; the problems page does not list what they suppress.
def pages = []
new File(basedir, 'target/report').eachFileRecurse(groovy.io.FileType.FILES) { if (it.name.endsWith('.html')) pages << it }
assert pages.size() > 5
pages.each { page ->
    def html = page.getText('UTF-8')
    assert !html.contains('digest-disable') && !html.contains('digest-enable') : "${page} shows a comment"
}
def problems = new File(basedir, 'target/report/problems.html').getText('UTF-8')
assert !problems.contains('cell-pipe.md:6')
