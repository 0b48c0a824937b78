// The example passes: its digests hold only infos (http:// urls in rows and definitions), which
// digest:fix can repair.
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('BUILD SUCCESS')
assert log =~ /\[INFO\] 3 digests, 8 entries: 0 errors, 0 warnings, 6 infos \(\d+ ms\)/
assert log.contains('[INFO] 6 findings can be fixed with mvn digest:fix')
// Infos do not fail the build, so the default log only counts them, in its table.
assert !(log =~ /reading-list\.txt:44:39: info \[url-canonical\]/)
assert log =~ /\[INFO\]   url-canonical  info +6\n/
assert log =~ /\[INFO\] 6 findings are not listed here \(below failOn or in the baseline\); -Ddigest\.logFindings=all lists them/
assert new File(basedir, 'results/gl-code-quality-report.json').isFile()
assert new File(basedir, 'results/digest-check.sarif').isFile()
assert new File(basedir, 'results/checkstyle-result.xml').isFile()
