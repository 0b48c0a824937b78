def log = new File(basedir, 'build.log').getText('UTF-8')
def checked = { String results ->
    new groovy.xml.XmlSlurper().parse(new File(basedir, "target/${results}/checkstyle-result.xml")).file*.@name*.text()
}

// 1: the README is one info line a run, naming it and how to leave it out; .git and node_modules
// are not read; the digest is checked and passes.
def readme = '[INFO] README.md is not a digest (no summary heading, table header or footnote definition): not checked; leave it out with <excludes><exclude>README.md</exclude></excludes> or -Ddigest.excludes=README.md'
assert log.count(readme) == 2
assert log.contains('1 digest, 1 entry: 0 errors, 0 warnings, 0 infos')
assert checked('digest').every { !it.contains('.git') && !it.contains('node_modules') }

// 2: with useDefaultExcludes=false the broken files in both are checked as digests.
['.git/notes/README.md', 'node_modules/some-package/README.md'].each { path ->
    assert log =~ /\[ERROR\] ${java.util.regex.Pattern.quote(path)}:\d+:\d+: error \[/
    assert checked('all').contains(path)
}
assert log =~ /3 digests, \d+ entr(y|ies): [1-9]\d* errors/

// Nothing was written beside the digests but Maven's target folder.
assert new File(basedir, 'cs.CL').list() as List == ['2024-03-29.md']
true
