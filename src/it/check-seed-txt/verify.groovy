// The curated reading list passes as it is: its two http:// urls are infos, in the rows and the
// definitions, nothing more.
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('BUILD SUCCESS')
assert log =~ /\[INFO\] 1 digest, 4 entries: 0 errors, 0 warnings, 4 infos \(\d+ ms\)/
assert log =~ /\[INFO\] \S*seed\/000_reading-list\.txt:7:80: info \[url-canonical\] /
assert log =~ /\[INFO\] \S*seed\/000_reading-list\.txt:8:100: info \[url-canonical\] /
assert log.contains('[INFO] 4 findings can be fixed with mvn digest:fix')
assert log =~ /\[INFO\] \S*seed\/000_reading-list\.txt:44:39: info \[url-canonical\] /
assert log =~ /\[INFO\] \S*seed\/000_reading-list\.txt:58:39: info \[url-canonical\] /
