// The example passes: its digests hold only infos (two http:// urls in the reading list).
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('BUILD SUCCESS')
assert log =~ /\[INFO\] 3 digests, 8 entries: 0 errors, 0 warnings, \d+ infos? \(\d+ ms\)/
assert log =~ /\[INFO\] \S*src\/digests\/reading-list\.txt:44:39: info \[url-canonical\] /
assert new File(basedir, 'results/digest-check.sarif').isFile()
assert new File(basedir, 'results/checkstyle-result.xml').isFile()
