import io.github.digestplugin.testing.LinkChecker

// Runs after the six invocations of invoker.properties, which all log into build.log.
def log = new File(basedir, 'build.log').getText('UTF-8')
def secret = 'paths-no-pom-secret'
def outside = new File(basedir, 'outside/secret.md').canonicalPath

// 1, 2: each bad path is one finding, in Maven's JVM and in the forked one alike; the digest is checked.
def findings = [
    "papers/d/up:1:1: warning [symlink-loop] Symbolic link to ${new File(basedir, 'papers').canonicalPath}, a folder that holds the link: a loop, not followed",
    "papers/gone.md:1:1: error [unreadable-file] Symbolic link cannot be followed: its target no-such.md does not exist",
    "papers/passwd.md:1:1: warning [symlink-outside] Symbolic link to ${outside}, outside the digest directory: not read",
    "papers/ping.md:1:1: warning [symlink-loop] Symbolic links in a loop, ping.md -> pong.md -> ping.md: not followed",
]
findings.each { line -> assert log.count(line.toString()) == 2 : "twice in the log: ${line}" }
assert log.count('1 digest, 1 entry: 1 error, 3 warnings, 0 infos') == 2
assert !log.contains('papers/pong.md:1:1')
assert !log.contains('Cannot list the digests')

// Nothing of the file outside reached the log or any result file.
assert !log.contains(secret)
def written = []
new File(basedir, 'target').eachFileRecurse(groovy.io.FileType.FILES) { written << it }
assert written.any { it.name == 'digest-check.sarif' } && written.any { it.name == 'problems.html' }
written.each { assert !it.getText('UTF-8').contains(secret) : "${it} quotes the file outside" }

// 3: the report lists the three on its problems page, with no page for the link outside.
def report = new File(basedir, 'target/report')
def problems = new File(report, 'problems.html').getText('UTF-8')
['papers/d/up', 'gone.md', 'passwd.md', 'symlink-outside', 'symlink-loop', 'unreadable-file'].each {
    assert problems.contains(it.replace('papers/', ''))
}
assert !new File(report, 'digests/passwd.html').exists()
assert LinkChecker.brokenLinks(report.toPath()).isEmpty()

// 4-6: refused, naming the folder as given.
assert log =~ /The report's output directory .*link\/site lies among the digests in .*papers; choose another one/
assert log =~ /The results directory .*papers\/results lies inside the digest directory .*link; choose another one/
assert log =~ /The results directory .*link\/results lies inside the digest directory .*papers; choose another one/

// The digests are never written to.
assert new File(basedir, 'papers').list().sort() == ['2024-03-29_one-entry.md', 'd', 'gone.md', 'passwd.md', 'ping.md',
                                                   'pong.md']
assert new File(basedir, 'papers/d').list().sort() == ['.keep', 'up']
true
